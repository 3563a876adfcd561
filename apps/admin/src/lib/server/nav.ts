import { can, type Action, type Role } from '@pcmbn/domain';

export interface NavItem {
  href: string;
  label: string;
  labelEn: string;
  /** Opened as its own document (the field app: its service worker only takes pages loaded at its address). */
  reload?: true;
}

/** The console's sections and the right each needs (domain PERMISSIONS; the API decides what each may do inside). */
const SECTIONS: (NavItem & { action: Action })[] = [
  { href: '/ke-hoach', label: 'Kế hoạch', labelEn: 'Plans', action: 'plan.view' },
  { href: '/ket-qua', label: 'Kết quả thực hiện', labelEn: 'Records', action: 'record.view' },
  // The field app (issue 19): record entry that works offline.
  { href: '/thuc-dia/', label: 'Nhập tại thực địa', labelEn: 'Field app', action: 'record.enter', reload: true },
  { href: '/bao-cao', label: 'Báo cáo', labelEn: 'Reports', action: 'report.view' },
  { href: '/noi-dung', label: 'Nội dung', labelEn: 'Content', action: 'content.manage' },
  { href: '/kiosk', label: 'Kiosk', labelEn: 'Kiosks', action: 'kiosk.view' },
  // The hotline desk: the API further limits agency officers to the police (src/help/desk.ts).
  { href: '/tro-giup', label: 'Tin nhắn xin giúp đỡ', labelEn: 'Help requests', action: 'help.read' },
  { href: '/quan-tri', label: 'Quản trị', labelEn: 'Administration', action: 'admin.manage' },
];

export function navFor(user: { role: Role; mustChangePassword: boolean } | null): NavItem[] {
  if (!user || user.mustChangePassword) return [];
  return SECTIONS.filter((s) => can(user, s.action)).map(({ href, label, labelEn, reload }) => ({
    href,
    label,
    labelEn,
    ...(reload ? { reload } : {}),
  }));
}
