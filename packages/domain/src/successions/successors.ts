import type { AreaLink, AreaLinkCoverage } from '../model/area-link.js';

/** A unit of one structure: GSO codes mean nothing without the structure date (codes are reused). */
export interface AreaKey {
  code: string;
  structure: string;
}

export interface Successor extends AreaKey {
  /** 'full': all of the old unit lies in this one; 'partial': only part of it does. */
  coverage: AreaLinkCoverage;
}

export interface Succession {
  /** The units in force on the date that (part of) the unit went into; the unit itself when nothing changed. */
  units: Successor[];
  /** False when the unit itself is still in force on the date. */
  changed: boolean;
  /**
   * Part (or all) of the unit went somewhere no source names: its structure was replaced but it has no link.
   * Readers say "không rõ" for that part; `units` then holds only what is known.
   */
  unknown: boolean;
}

interface LinkIndex {
  /** "code@structure" → its links, oldest target structure first. */
  out: Map<string, AreaLink[]>;
  /** structure → the dates of the later structures its units were linked to (when it stopped being in force). */
  replacedBy: Map<string, string[]>;
}

const keyOf = (code: string, structure: string) => `${code}@${structure}`;
const indexes = new WeakMap<readonly AreaLink[], LinkIndex>();

function indexOf(links: readonly AreaLink[]): LinkIndex {
  const cached = indexes.get(links);
  if (cached) return cached;
  const out = new Map<string, AreaLink[]>();
  const replacedBy = new Map<string, string[]>();
  for (const link of links) {
    const key = keyOf(link.fromCode, link.fromStructure);
    const list = out.get(key);
    if (list) list.push(link);
    else out.set(key, [link]);
    const dates = replacedBy.get(link.fromStructure) ?? [];
    if (!dates.includes(link.toStructure)) replacedBy.set(link.fromStructure, [...dates, link.toStructure].sort());
  }
  const index = { out, replacedBy };
  indexes.set(links, index);
  return index;
}

/**
 * Whether `structure` was replaced by a later one on or before `date`. A structure date is a snapshot of the units
 * of the provinces loaded under it, so once any of its units links to a later structure that took effect by
 * `date`, the whole snapshot is out of force then — a unit of it with no link went somewhere unknown.
 */
function replacedOn(index: LinkIndex, structure: string, date: string): boolean {
  return (index.replacedBy.get(structure) ?? []).some((d) => d <= date);
}

/**
 * The units in force on `date` that the unit (code, structure) went into, following the links across structures
 * (2016 → 01/03/2025 → 01/07/2025). Coverage: a chain is `full` only when every step is; when every known path
 * ends in one single unit and none is lost, the whole old unit lies in it, so that unit is `full` too.
 * Pure; `links` are indexed once per array.
 */
export function successorsAt(code: string, structure: string, date: string, links: readonly AreaLink[]): Succession {
  const index = indexOf(links);
  const found = new Map<string, Successor>();
  let unknown = false;
  const visit = (at: AreaKey, coverage: AreaLinkCoverage): void => {
    const next = (index.out.get(keyOf(at.code, at.structure)) ?? []).filter((l) => l.toStructure <= date);
    if (next.length === 0) {
      if (replacedOn(index, at.structure, date)) unknown = true;
      else keep(at, coverage);
      return;
    }
    // Links to two later structures from one unit: follow only the earliest, the later one is reached through it.
    const first = next.reduce((d, l) => (l.toStructure < d ? l.toStructure : d), next[0]!.toStructure);
    for (const link of next.filter((l) => l.toStructure === first)) {
      visit(
        { code: link.toCode, structure: link.toStructure },
        coverage === 'full' && link.coverage === 'full' ? 'full' : 'partial',
      );
    }
  };
  const keep = (at: AreaKey, coverage: AreaLinkCoverage): void => {
    const key = keyOf(at.code, at.structure);
    const seen = found.get(key);
    if (!seen || (seen.coverage === 'partial' && coverage === 'full')) found.set(key, { ...at, coverage });
  };
  visit({ code, structure }, 'full');

  const units = [...found.values()].sort(
    (a, b) => a.structure.localeCompare(b.structure) || a.code.localeCompare(b.code),
  );
  if (units.length === 1 && !unknown) units[0] = { ...units[0]!, coverage: 'full' };
  const changed = unknown || units.length !== 1 || units[0]!.code !== code || units[0]!.structure !== structure;
  return { units, changed, unknown };
}

/**
 * The province a former province is part of on `date` (Trà Vinh 84 → Vĩnh Long 86 from 01/07/2025), with the
 * date it joined; null when the province still exists under its own code, or no source says.
 */
export function provinceNowPartOf(
  code: string,
  structure: string,
  date: string,
  links: readonly AreaLink[],
): (AreaKey & { since: string }) | null {
  const { units, unknown } = successorsAt(code, structure, date, links);
  if (unknown || units.length !== 1) return null;
  const [now] = units as [Successor];
  return now.code === code ? null : { code: now.code, structure: now.structure, since: now.structure };
}

/**
 * Whether the unit `target` lies, wholly or in part, where some of `units` were: it is one of them, or one of them
 * went (fully or partly, following the links) into it by `target`'s structure date. This is the scope rule for an
 * officer whose area is a unit of an older structure: a district officer of a district that the 01/07/2025 structure
 * abolished covers the 2025 communes its communes went into — a commune formed from communes of two districts is
 * covered by both districts' officers (each is responsible for people who lived in its part). A unit of a structure
 * earlier than `target`'s that has no link leads nowhere (never read as "unchanged"). Pure.
 */
export function succeedsAny(target: AreaKey, units: readonly AreaKey[], links: readonly AreaLink[]): boolean {
  return units.some((unit) => {
    if (unit.structure === target.structure) return unit.code === target.code;
    if (unit.structure > target.structure) return false;
    return successorsAt(unit.code, unit.structure, target.structure, links).units.some(
      (s) => s.code === target.code && s.structure === target.structure,
    );
  });
}
