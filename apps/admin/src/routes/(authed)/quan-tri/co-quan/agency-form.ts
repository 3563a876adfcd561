import { field } from '$lib/form';
import { parseDateCell } from '@pcmbn/domain';

/**
 * A date typed in a DateInput (dd/mm/yyyy, or yyyy-mm-dd) as ISO; text that reads as no date is passed on as typed,
 * so the API names the field in its refusal.
 */
export function dateFromForm(form: FormData, name: string): string {
  const typed = field(form, name).trim();
  return parseDateCell(typed) ?? typed;
}

/** Reads the agency form (create and edit share it); blank optional fields become null (cleared). */
export function agencyFromForm(form: FormData) {
  const text = (name: string) => field(form, name).trim();
  const orNull = (name: string) => text(name) || null;
  // The area select's value is "structure|code" (see options.server.ts): a code alone names no unit.
  const [areaStructure = '', areaCode = ''] = text('area').split('|');
  return {
    name: text('name'),
    shortName: orNull('shortName'),
    kind: text('kind') as 'other',
    provinceCode: orNull('provinceCode'),
    validFrom: dateFromForm(form, 'validFrom') || null,
    validTo: dateFromForm(form, 'validTo') || null,
    successorId: orNull('successorId'),
    parentId: orNull('parentId'),
    memberIds: form.getAll('memberIds').map(String).filter(Boolean),
    areaCode: areaCode || null,
    areaStructure: areaStructure || null,
  };
}

/** Areas an agency may govern, one group per province, structure and level (built by options.server.ts). */
export interface AreaGroup {
  provinceCode: string;
  label: string;
  /** value: "structure|code". */
  areas: { value: string; name: string }[];
}

export const AGENCY_KINDS = [
  ['people_committee', 'Ủy ban nhân dân'],
  ['department', 'Sở, ban, ngành'],
  ['mass_organisation', 'Mặt trận, đoàn thể'],
  ['police', 'Công an'],
  ['military', 'Quân sự'],
  ['border_guard', 'Biên phòng'],
  ['media_outlet', 'Báo, đài'],
  ['portal', 'Cổng/Trang thông tin điện tử'],
  ['district_committee', 'UBND cấp huyện'],
  ['ministry', 'Bộ, cơ quan trung ương'],
  ['other', 'Khác'],
] as const;
