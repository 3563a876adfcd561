import type { RouterOutputs } from '@pcmbn/api/client';

type Role = RouterOutputs['auth']['me']['role'];

export interface NavItem {
  href: string;
  label: string;
  labelEn: string;
}

const ALL: Role[] = ['province_admin', 'agency_officer', 'district_officer', 'viewer'];

/** The console's sections and who may open them (the API decides what each may do inside). */
const SECTIONS: (NavItem & { roles: Role[] })[] = [
  { href: '/ke-hoach', label: 'Kế hoạch', labelEn: 'Plans', roles: ALL },
  { href: '/ket-qua', label: 'Kết quả thực hiện', labelEn: 'Records', roles: ALL },
  // The field app (issue 19): record entry that works offline; for the roles that enter records.
  {
    href: '/thuc-dia/',
    label: 'Nhập tại thực địa',
    labelEn: 'Field app',
    roles: ['province_admin', 'agency_officer', 'district_officer'],
  },
  { href: '/bao-cao', label: 'Báo cáo', labelEn: 'Reports', roles: ALL },
  { href: '/noi-dung', label: 'Nội dung', labelEn: 'Content', roles: ['province_admin'] },
  { href: '/kiosk', label: 'Kiosk', labelEn: 'Kiosks', roles: ['province_admin', 'district_officer'] },
  // The hotline desk: province admins, and police officers (the API refuses other agencies: src/help/desk.ts).
  {
    href: '/tro-giup',
    label: 'Tin nhắn xin giúp đỡ',
    labelEn: 'Help requests',
    roles: ['province_admin', 'agency_officer'],
  },
  { href: '/quan-tri', label: 'Quản trị', labelEn: 'Administration', roles: ['province_admin'] },
];

export function navFor(user: { role: Role; mustChangePassword: boolean } | null): NavItem[] {
  if (!user || user.mustChangePassword) return [];
  return SECTIONS.filter((s) => s.roles.includes(user.role)).map(({ href, label, labelEn }) => ({
    href,
    label,
    labelEn,
  }));
}

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  province_admin: { vi: 'Quản trị cấp tỉnh', en: 'Province administrator' },
  agency_officer: { vi: 'Cán bộ cơ quan, đơn vị', en: 'Agency officer' },
  district_officer: { vi: 'Cán bộ cấp huyện', en: 'District officer' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};
