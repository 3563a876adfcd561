import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { AreaCodeSchema } from '../vocabulary/codes.js';

/**
 * Administrative unit (đơn vị hành chính). Until 30/6/2025 three levels (tỉnh → huyện → xã);
 * from 1/7/2025 two (tỉnh → xã): a commune's parentCode is then its province.
 */
export const AreaLevelSchema = z.enum(['province', 'district', 'commune']);
export type AreaLevel = z.infer<typeof AreaLevelSchema>;

export const AreaKindSchema = z.enum([
  'tỉnh',
  'thành phố trung ương',
  'thành phố', // district-level city (thành phố thuộc tỉnh)
  'thị xã',
  'huyện',
  'quận',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
]);
export type AreaKind = z.infer<typeof AreaKindSchema>;

/** Tags the plans use to pick areas; free text is allowed so admins can add their own. */
export const KNOWN_AREA_TAGS = [
  'border', // xã biên giới
  'high_risk', // địa bàn có nhiều vụ việc, nạn nhân trở về hoặc nguy cơ cao
  'key_area', // địa bàn trọng điểm
  'khmer', // vùng đồng bào Khmer
  'coastal', // vùng ven biển
  'district_town', // thị trấn huyện lỵ
  'city_ward', // phường của thành phố
] as const;
export const AreaTagSchema = z.string().regex(/^[a-z0-9_]+$/, { error: 'Nhãn địa bàn chỉ gồm chữ thường, số và "_"' });

export const PopulationSchema = z.object({
  total: z.number().int().nonnegative().optional(),
  aged14to60: z.number().int().nonnegative().optional(),
  women: z.number().int().nonnegative().optional(),
  children: z.number().int().nonnegative().optional(),
});
export type Population = z.infer<typeof PopulationSchema>;
export type PopulationGroup = keyof Population;

export const AreaSchema = z.object({
  /** GSO code as text, leading zeros kept ('03386'). Codes are reused across structures: see `structure`. */
  code: AreaCodeSchema,
  name: z.string().min(1),
  level: AreaLevelSchema,
  parentCode: AreaCodeSchema.optional(),
  kind: AreaKindSchema.optional(),
  tags: z.array(AreaTagSchema).default([]),
  population: PopulationSchema.optional(),
  /** Date of the administrative structure this code belongs to, e.g. '2018-10-16' or '2025-07-01'. */
  structure: IsoDateSchema.optional(),
});
export type Area = z.infer<typeof AreaSchema>;
export type AreaInput = z.input<typeof AreaSchema>;
