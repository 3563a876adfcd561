import { can, type Action } from '@pcmbn/domain';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { agencyOptions, homeFilterOptions, kioskOptions, userScopeOptions } from './options-admin.js';
import { planDeriveOptions, recordEntryOptions, recordFilterOptions } from './options-records.js';
import type { AreaOptions, AreaOptionsInput, AreaPurpose } from './options-schemas.js';
import { forbidden } from '../errors.js';

export {
  AreaOptionsInputSchema,
  AreaOptionsSchema,
  type AreaOptions,
  type AreaOptionsInput,
} from './options-schemas.js';

/**
 * area.options: exactly the choices one picker offers the caller, built here once instead of in each page's load
 * (which read area.list once per province and structure). Scope follows src/auth/scope.ts: a district officer's
 * lists stay inside its district, a scoped admin's inside its province; the API checks every pick again.
 */
/** Who may ask for a picker whose page is not for everyone; the plan pickers follow the plan's read rule. */
const NEEDS: Partial<Record<AreaPurpose, Action>> = {
  'user-scope': 'admin.manage',
  agency: 'admin.manage',
  kiosk: 'kiosk.view',
};

export async function areaOptions(
  db: DbClient,
  user: Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>,
  input: AreaOptionsInput,
): Promise<AreaOptions> {
  const action = NEEDS[input.purpose];
  if (action && !can(user, action))
    throw forbidden({
      vi: 'Vai trò của bạn không dùng danh sách địa bàn này',
      en: 'Your role does not use this area list',
    });
  switch (input.purpose) {
    case 'record-entry':
      return recordEntryOptions(db, user, input.planId, input.date);
    case 'record-filter':
      return recordFilterOptions(db, user, input.planId);
    case 'plan-derive':
      return planDeriveOptions(db, user, input.planId);
    case 'user-scope':
      return userScopeOptions(db, user);
    case 'agency':
      return agencyOptions(db, user, input.provinceCode);
    case 'kiosk':
      return kioskOptions(db, user, input.communesIn);
    case 'home-filter':
      return homeFilterOptions(db, user, input);
  }
}
