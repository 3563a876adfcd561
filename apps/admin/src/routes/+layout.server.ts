import { navFor, ROLE_LABELS } from '$lib/server/nav';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
  const user = locals.user;
  return {
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
