import { requireUser } from '$lib/server/guard';
import { can } from '@pcmbn/domain';
import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Administration needs 'admin.manage'; the API refuses the others anyway, this gives them a clear page.
export const load: LayoutServerLoad = (event) => {
  const user = requireUser(event);
  if (!can(user, 'admin.manage')) {
    error(403, {
      message:
        'Chỉ quản trị viên cấp tỉnh được vào mục Quản trị. / Administration is for province administrators only.',
    });
  }
  return {};
};
