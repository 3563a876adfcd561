/** Reads the agency form (create and edit share it); blank optional fields become null (cleared). */
export function agencyFromForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const orNull = (name: string) => text(name) || null;
  return {
    name: text('name'),
    shortName: orNull('shortName'),
    kind: text('kind') as 'other',
    provinceCode: orNull('provinceCode'),
    validFrom: orNull('validFrom'),
    validTo: orNull('validTo'),
    successorId: orNull('successorId'),
  };
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
