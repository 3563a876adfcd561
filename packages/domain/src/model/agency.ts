import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';

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
  provinceCode: z.string().regex(/^\d{2}$/).optional(),
  /** Names and agencies change (Sở TT&TT merged into Sở KH&CN on 1/3/2025): effective dates, never overwrites. */
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  successorId: IdSchema.optional(),
});
export type Agency = z.infer<typeof AgencySchema>;
