import { requireUser } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

// Outside the (authed) group because the password change must stay reachable while one is required.
export const load: LayoutServerLoad = (event) => {
  requireUser(event, { allowPendingPasswordChange: event.url.pathname.startsWith('/tai-khoan/doi-mat-khau') });
  return {};
};
