import type { AreaLink, AreaLinkCoverage } from '../../model/index.js';
import { successorsAt } from '../../successions/index.js';
import { formatDateVi } from '../../format/dates.js';

/**
 * Whether a unit of one administrative structure still exists on a date, and what it became when it does not.
 * GSO codes are reused (29263 is Xã Long Đức in the 2018 list and Phường Long Đức, formed from it and Phường 4, from
 * 01/07/2025), so a code is read only together with its structure date, and a code of an older list is never
 * silently taken for the unit that carries it later.
 */

/** Names of stored units of any structure (the API loads them; tests give them by hand). */
export interface UnitNames {
  unit(code: string, structure: string): { name: string; provinceName?: string | undefined } | undefined;
}

export interface StructureLookup extends UnitNames {
  links: readonly AreaLink[];
}

export interface NamedSuccessor {
  code: string;
  structure: string;
  name: string;
  provinceName?: string | undefined;
  coverage: AreaLinkCoverage;
}

export type UnitOnDate =
  | { inForce: true }
  | {
      inForce: false;
      /** The first structure date on which the unit was no longer itself. */
      since: string;
      /** The units in force on the date that (part of) it went into. */
      successors: NamedSuccessor[];
      /** Part or all of it went somewhere no source names. */
      unknown: boolean;
    };

/**
 * (code, structure) on `date`: in force when no later structure replaced it by then, or when each later list
 * carries it under the same code and the same name (the 2018 → 01/03/2025 snapshots of an unchanged commune).
 * Without any link the structure is never judged replaced (a list nobody linked forward stays in force).
 */
export function unitOnDate(code: string, structure: string, date: string, lookup: StructureLookup): UnitOnDate {
  const dates = [...new Set(lookup.links.map((l) => l.toStructure))].filter((d) => d > structure && d <= date).sort();
  for (const at of dates) {
    if (sameUnitOn(code, structure, at, lookup)) continue;
    const s = successorsAt(code, structure, date, lookup.links);
    return {
      inForce: false,
      since: at,
      unknown: s.unknown,
      successors: s.units.map((u) => {
        const named = lookup.unit(u.code, u.structure);
        return {
          code: u.code,
          structure: u.structure,
          name: named?.name ?? u.code,
          provinceName: named?.provinceName,
          coverage: u.coverage,
        };
      }),
    };
  }
  return { inForce: true };
}

function sameUnitOn(code: string, structure: string, date: string, lookup: StructureLookup): boolean {
  const s = successorsAt(code, structure, date, lookup.links);
  if (!s.changed) return true;
  if (s.unknown || s.units.length !== 1) return false;
  const [now] = s.units as [(typeof s.units)[number]];
  if (now.code !== code || now.coverage !== 'full') return false;
  const before = lookup.unit(code, structure)?.name;
  return before !== undefined && lookup.unit(now.code, now.structure)?.name === before;
}

/** 'Phường Long Đức (mã 29263, Tỉnh Vĩnh Long)'. */
export function successorLabelVi(s: Pick<NamedSuccessor, 'code' | 'name' | 'provinceName'>): string {
  return `${s.name} (mã ${s.code}${s.provinceName ? `, ${s.provinceName}` : ''})`;
}

function successorLabelEn(s: Pick<NamedSuccessor, 'code' | 'name' | 'provinceName'>): string {
  return `${s.name} (code ${s.code}${s.provinceName ? `, ${s.provinceName}` : ''})`;
}

/**
 * Why a record dated `date` cannot be entered at a unit no longer in force, naming what it became, and — when the
 * code is carried on by a different unit — which unit that code means on the date.
 */
export function unitGoneMessage(
  unit: { code: string; name: string; structure: string },
  date: string,
  gone: Extract<UnitOnDate, { inForce: false }>,
): { vi: string; en: string } {
  const whole = gone.successors.filter((s) => s.coverage === 'full');
  const parts = gone.successors.filter((s) => s.coverage === 'partial');
  const nowVi: string[] = [];
  const nowEn: string[] = [];
  if (whole.length > 0) {
    nowVi.push(`nay thuộc ${whole.map(successorLabelVi).join(', ')}`);
    nowEn.push(`it is now part of ${whole.map(successorLabelEn).join(', ')}`);
  }
  if (parts.length > 0) {
    nowVi.push(`nay chia cho ${parts.map(successorLabelVi).join(', ')}`);
    nowEn.push(`it was split between ${parts.map(successorLabelEn).join(', ')}`);
  }
  if (gone.unknown || gone.successors.length === 0) {
    nowVi.push(gone.successors.length === 0 ? 'chưa rõ nay thuộc đơn vị nào' : 'phần còn lại chưa rõ thuộc đâu');
    nowEn.push(gone.successors.length === 0 ? 'no source says what it became' : 'no source says where the rest went');
  }
  const reused = gone.successors.find((s) => s.code === unit.code);
  const reusedVi = reused
    ? ` Mã ${unit.code} từ ${formatDateVi(gone.since)} là ${reused.name}, không phải ${unit.name} của danh mục cũ.`
    : '';
  const reusedEn = reused
    ? ` From ${formatDateVi(gone.since)} code ${unit.code} means ${reused.name}, not the former ${unit.name}.`
    : '';
  return {
    vi:
      `${unit.name} (mã ${unit.code}, danh mục ngày ${formatDateVi(unit.structure)}) không còn từ ${formatDateVi(gone.since)}; ${nowVi.join('; ')}.` +
      `${reusedVi} Kết quả ngày ${formatDateVi(date)} phải ghi ở đơn vị mới: hãy chuyển kế hoạch sang cơ cấu hành chính mới (Kế hoạch › Chuyển cơ cấu).`,
    en:
      `${unit.name} (code ${unit.code}, list of ${formatDateVi(unit.structure)}) no longer exists from ${formatDateVi(gone.since)}; ${nowEn.join('; ')}.` +
      `${reusedEn} A record dated ${formatDateVi(date)} belongs to the new unit: carry the plan onto the new structure first (Plan › Carry to new structure).`,
  };
}
