import { requireUser } from '$lib/server/guard';
import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Administration is for province admins; the API refuses the others anyway, this gives them a clear page.
export const load: LayoutServerLoad = (event) => {
  const user = requireUser(event);
  if (user.role !== 'province_admin') {
    error(403, {
      message:
        'Chỉ quản trị viên cấp tỉnh được vào mục Quản trị. / Administration is for province administrators only.',
    });
  }
  return {};
};
