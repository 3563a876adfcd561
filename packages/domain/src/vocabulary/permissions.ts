import type { Role } from './roles.js';

const ALL: readonly Role[] = ['province_admin', 'agency_officer', 'district_officer', 'viewer'];
const ENTERING: readonly Role[] = ['province_admin', 'agency_officer', 'district_officer'];

/**
 * Who may do what, as data: the API's procedure builders, the admin console's navigation and its page loads all
 * read this table, so a role's rights are written once. Scope (which province, district or agency) is the API's
 * second check (auth/scope.ts): a right here is necessary, never sufficient.
 */
export const PERMISSIONS = {
  'plan.view': ALL,
  'plan.create': ['province_admin'],
  /** A district plan made from the province's (rules/plans/derive-plan.ts). */
  'plan.derive': ['province_admin', 'district_officer'],
  'record.view': ALL,
  'record.enter': ENTERING,
  'report.view': ALL,
  'report.write': ENTERING,
  /** Send the province's consolidated report (the sender's own reports are 'report.write'). */
  'report.consolidate': ['province_admin'],
  /** Mark a report as submitted on paper, from the console's report page (the API also lets its writers do it). */
  'report.markOnPaper': ['province_admin'],
  'content.manage': ['province_admin'],
  'kiosk.view': ['province_admin', 'district_officer'],
  /** Pair, revoke and reload the kiosks of one's area, send them messages, keep whom to call (scope: kiosk/ops.ts). */
  'kiosk.operate': ['province_admin', 'district_officer'],
  /** Approve usage figures, publish content to kiosks, fleet-wide messages. */
  'kiosk.manage': ['province_admin'],
  /** The hotline desk; the API further limits agency officers to the police (help/desk.ts). */
  'help.read': ['province_admin', 'agency_officer'],
  /** Users, agencies, areas, the audit log. */
  'admin.manage': ['province_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function rolesFor(action: Action): readonly Role[] {
  return PERMISSIONS[action];
}

/** May this user (signed in, password no longer temporary or not — the caller decides) do `action`? */
export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  return !!user && (PERMISSIONS[action] as readonly Role[]).includes(user.role);
}
