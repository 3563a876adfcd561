import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { AreaCodeSchema, ProvinceCodeSchema } from '../vocabulary/codes.js';

/** Agency (cơ quan, đơn vị) that leads or cooperates on a plan's work. */
export const AgencyKindSchema = z.enum([
  'people_committee', // Ủy ban nhân dân
  'department', // Sở, ban, ngành
  'mass_organisation', // Mặt trận, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên…
  'police', // Công an
  'military', // Bộ Chỉ huy Quân sự
  'border_guard', // Bộ đội Biên phòng
  'media_outlet', // Báo, Đài Phát thanh và Truyền hình
  'portal', // Cổng/Trang thông tin điện tử
  'district_committee', // UBND cấp huyện
  'ministry', // Bộ, cơ quan trung ương
  'other',
]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

export const AgencySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  kind: AgencyKindSchema,
  /** Province the agency belongs to; absent for national bodies. */
  provinceCode: ProvinceCodeSchema.optional(),
  /** Names and agencies change (Sở TT&TT merged into Sở KH&CN on 1/3/2025): effective dates, never overwrites. */
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  successorId: IdSchema.optional(),
  /**
   * The entry this agency belongs to: a district committee belongs to the group entry "UBND các huyện, thị xã,
   * thành phố" (or directly to the provincial committee). Organisational, not effective-dated.
   */
  parentId: IdSchema.optional(),
  /** For a group entry the plan addresses as one ("các sở, ngành", "UBND các huyện"): its members, when known. */
  memberIds: z.array(IdSchema).optional(),
  /** The administrative unit a local committee governs (GSO code), e.g. '842' for UBND huyện Càng Long. */
  areaCode: AreaCodeSchema.optional(),
});
export type Agency = z.infer<typeof AgencySchema>;

/**
 * Who signs an agency's reports from `validFrom` on (issue 13.3: "the signer's title and name come from the agency").
 * Effective-dated like the agency's names: the signer of a report is the entry in force on the report's date
 * (`signerOn`). `title` is the signature block, one line per row ("GIÁM ĐỐC"; "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").
 */
export const AgencySignerSchema = z.object({
  agencyId: IdSchema,
  validFrom: IsoDateSchema,
  title: z
    .string()
    .trim()
    .min(1, { error: 'Nhập chức vụ người ký' })
    .max(200, { error: 'Chức vụ người ký tối đa 200 ký tự' }),
  name: z
    .string()
    .trim()
    .min(1, { error: 'Nhập họ và tên người ký' })
    .max(100, { error: 'Họ và tên người ký tối đa 100 ký tự' }),
});
export type AgencySigner = z.infer<typeof AgencySignerSchema>;
