import { z } from 'zod';

/** Officers' roles (the database's UserRole enum mirrors this list; the drift test compares them). */
export const ROLES = ['province_admin', 'agency_officer', 'district_officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  province_admin: { vi: 'Quản trị cấp tỉnh', en: 'Province administrator' },
  agency_officer: { vi: 'Cán bộ cơ quan, đơn vị', en: 'Agency officer' },
  district_officer: { vi: 'Cán bộ cấp huyện', en: 'District officer' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};
