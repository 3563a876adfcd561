import type { Agency } from '../model/index.js';

/** Anything valid over an inclusive range of calendar dates; a missing edge is open. */
export interface EffectiveDated {
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

export function isEffectiveAt(item: EffectiveDated, date: string): boolean {
  return (
    (item.validFrom === undefined || item.validFrom <= date) && (item.validTo === undefined || date <= item.validTo)
  );
}

/** The items in force on `date` (agencies, hotlines, contacts…), in their original order. */
export function effectiveAt<T extends EffectiveDated>(items: readonly T[], date: string): T[] {
  return items.filter((item) => isEffectiveAt(item, date));
}

/**
 * The agency that carries `id`'s duties on `date`: after an agency's validTo, its successor (Sở TT&TT → Sở KH&CN
 * from 1/3/2025), followed as far as needed. Undefined when `id` is unknown.
 */
export function agencyAt(agencies: readonly Agency[], id: string, date: string): Agency | undefined {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  let agency = byId.get(id);
  const seen = new Set<string>();
  while (
    agency &&
    agency.validTo !== undefined &&
    date > agency.validTo &&
    agency.successorId &&
    !seen.has(agency.id)
  ) {
    seen.add(agency.id);
    const next = byId.get(agency.successorId);
    if (!next) break;
    agency = next;
  }
  return agency;
}

/** Name to show for agency `id` on `date`, following successors; undefined when `id` is unknown. */
export function agencyNameAt(agencies: readonly Agency[], id: string, date: string): string | undefined {
  return agencyAt(agencies, id, date)?.name;
}
