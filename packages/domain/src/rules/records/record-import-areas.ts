import type { Area, Plan } from '../../model/index.js';
import type { AreaIndex } from '../areas/areas.js';
import type { RecordImportColumnKey } from './record-import-columns.js';
import { normaliseVietnamese } from '../text.js';
import { isAreaCode } from '../../vocabulary/codes.js';

/**
 * The area of an imported row: a GSO code, or a name matched without diacritics and with or without its kind
 * ("long duc" = "Xã Long Đức"), narrowed by a parent after a comma or in brackets ("Phường 1, Thị xã Duyên Hải").
 */

export type RowError = (
  code: 'AREA_UNKNOWN' | 'AREA_AMBIGUOUS' | 'AREA_OUT_OF_SCOPE',
  column: RecordImportColumnKey,
  message: string,
  messageEn: string,
) => void;

export interface AreaLookup {
  plan: Plan;
  index: AreaIndex;
  byName: Map<string, Area[]>;
}

/** Name keys of every area, for lookups by name. */
export function areasByName(index: AreaIndex): Map<string, Area[]> {
  const byName = new Map<string, Area[]>();
  for (const area of index.areas) {
    for (const key of nameKeys(area.name)) {
      const list = byName.get(key);
      if (list) list.push(area);
      else byName.set(key, [area]);
    }
  }
  return byName;
}

const KIND_PREFIX = /^(xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|dac khu) /;

/** 'Xã Long Đức' → ['xa long duc', 'long duc']. */
export function nameKeys(name: string): string[] {
  const full = normaliseVietnamese(name);
  const bare = full.replace(KIND_PREFIX, '');
  return bare === full ? [full] : [full, bare];
}

export function resolveArea(text: string, ctx: AreaLookup, err: RowError): string | undefined {
  const scope = ctx.plan.scopeAreaCode ?? ctx.plan.provinceCode;
  const scopeName = ctx.index.get(scope)?.name ?? scope;
  if (isAreaCode(text)) {
    if (!ctx.index.has(text)) {
      err(
        'AREA_UNKNOWN',
        'area',
        `mã địa bàn ${text} không có trong danh mục đơn vị hành chính của kế hoạch.`,
        `area code ${text} is not in the plan's list of administrative units.`,
      );
      return undefined;
    }
    if (!ctx.index.isWithin(text, scope)) {
      err(
        'AREA_OUT_OF_SCOPE',
        'area',
        `địa bàn ${labelOf(ctx.index, text)} không thuộc ${scopeName}.`,
        `area ${text} is outside ${scopeName}.`,
      );
      return undefined;
    }
    return text;
  }
  // "Phường 1, Thị xã Duyên Hải" or "Phường 1 (Duyên Hải)": the part after the name narrows to a parent.
  const [namePart = '', ...rest] = text.split(/[,(]/);
  const hint = normaliseVietnamese(rest.join(' ').replace(/\)/g, ''));
  const candidates = (ctx.byName.get(normaliseVietnamese(namePart)) ?? []).filter((a) =>
    ctx.index.isWithin(a.code, scope),
  );
  const narrowed =
    hint === ''
      ? candidates
      : candidates.filter((a) =>
          ctx.index
            .ancestors(a.code)
            .some((p) => nameKeys(p.name).some((k) => k === hint || normaliseVietnamese(p.name).includes(hint))),
        );
  const unique = [...new Map(narrowed.map((a) => [a.code, a])).values()];
  if (unique.length === 1) return (unique[0] as Area).code;
  if (unique.length === 0) {
    err(
      'AREA_UNKNOWN',
      'area',
      `không tìm thấy địa bàn “${text}” trong ${scopeName}; hãy ghi mã xã hoặc tên đúng như danh mục.`,
      `no area "${text}" in ${scopeName}; write the commune code or its listed name.`,
    );
    return undefined;
  }
  const list = unique.map((a) => labelOf(ctx.index, a.code));
  err(
    'AREA_AMBIGUOUS',
    'area',
    `tên “${text}” trùng với ${unique.length} địa bàn: ${list.join('; ')}. Hãy ghi mã, hoặc thêm tên huyện sau dấu phẩy (ví dụ “${namePart.trim()}, ${ctx.index.get(unique[0]?.parentCode ?? '')?.name ?? ''}”).`,
    `"${text}" matches ${unique.length} areas: ${list.join('; ')}. Write the code, or add the district after a comma.`,
  );
  return undefined;
}

/** 'Phường 1 (29239, Thành phố Trà Vinh)'. */
function labelOf(index: AreaIndex, code: string): string {
  const area = index.get(code);
  if (!area) return code;
  const parent = area.parentCode === undefined ? undefined : index.get(area.parentCode);
  return parent && parent.level !== 'province' ? `${area.name} (${code}, ${parent.name})` : `${area.name} (${code})`;
}
