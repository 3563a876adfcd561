/**
 * Who reads a province's help requests — the hotline desk. Decided here, once (issue 16 item 6):
 *
 * - a province administrator reads the requests of its province (an administrator of every province, scope null,
 *   reads every province: it can already make itself any account);
 * - an agency officer reads those of its province when its agency is the police (Công an tỉnh): Decree
 *   162/2025/NĐ-CP gives reports of trafficking to the police, and the province's desk sits with them;
 * - nobody else: district officers, viewers and other agencies' officers never see a message. A Trà Vinh account
 *   (84, a former province) does not read Vĩnh Long's (86): requests go to provinces in force, matched exactly.
 */
import type { AuthUser } from '../auth/session.js';

type DeskUser = Pick<AuthUser, 'role' | 'scopeAreaCode'>;

/** 'all', the province codes the user's desk covers, or [] (no desk). `agencyKind`: the user's agency's kind. */
export function deskProvinces(user: DeskUser, agencyKind: string | null): 'all' | string[] {
  const scope = user.scopeAreaCode;
  if (user.role === 'province_admin') return scope === null ? 'all' : scope.length === 2 ? [scope] : [];
  if (user.role === 'agency_officer' && agencyKind === 'police' && scope !== null && scope.length === 2) return [scope];
  return [];
}

export function deskCovers(desk: 'all' | string[], provinceCode: string): boolean {
  return desk === 'all' || desk.includes(provinceCode);
}
