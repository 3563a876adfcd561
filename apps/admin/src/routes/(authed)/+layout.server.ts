import { requireUser } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

// hooks.server.ts already guards every non-public path; this repeats it for the group, so a page here can
// rely on `locals.user` even if the hook's list changes.
export const load: LayoutServerLoad = (event) => {
  requireUser(event);
  return {};
};
