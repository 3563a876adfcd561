import { z } from 'zod';

/**
 * Area codes are the General Statistics Office's: 2 digits for a province, 3 for a district (before 1/7/2025),
 * 5 for a commune. A code alone never says which structure it belongs to (codes are reused across structures):
 * it travels with its structure date wherever it is stored. This is the one place the pattern is written.
 */
export const AREA_CODE_PATTERN = /^\d{2,5}$/;
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;

export function isAreaCode(value: string): boolean {
  return AREA_CODE_PATTERN.test(value);
}

export function isProvinceCode(value: string): boolean {
  return PROVINCE_CODE_PATTERN.test(value);
}

/** An area code (GSO), with the message every form shows. `message` words it for a particular picker. */
export function areaCodeSchema(message = 'Mã địa bàn là 2–5 chữ số (mã Tổng cục Thống kê)') {
  return z.string().regex(AREA_CODE_PATTERN, { error: message });
}

export function provinceCodeSchema(message = 'Mã tỉnh là 2 chữ số') {
  return z.string().regex(PROVINCE_CODE_PATTERN, { error: message });
}

export const AreaCodeSchema = areaCodeSchema();
export const ProvinceCodeSchema = provinceCodeSchema();
export type AreaCode = z.infer<typeof AreaCodeSchema>;
