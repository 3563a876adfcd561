import { api } from '$lib/server/api';
import { navFor } from '$lib/server/nav';
import { ROLE_LABELS } from '@pcmbn/domain';
import type { LayoutServerLoad } from './$types';

/** The nav badge: records waiting for my approval, my returned ones, my agency's reports due or late. */
async function inboxCount(): Promise<number | null> {
  try {
    const inbox = await api().inbox.summary.query({});
    return inbox.toApprove.count + inbox.returned.count + inbox.reports.count;
  } catch {
    // The page itself reports what went wrong; the badge is no reason to fail it.
    return null;
  }
}

export const load: LayoutServerLoad = async ({ locals }) => {
  const user = locals.user;
  return {
    inboxCount: user && !user.mustChangePassword ? await inboxCount() : null,
    user: user
      ? {
          displayName: user.displayName,
          email: user.email,
          role: user.role,
          roleLabel: ROLE_LABELS[user.role].vi,
          mustChangePassword: user.mustChangePassword,
        }
      : null,
    nav: navFor(user),
  };
};
