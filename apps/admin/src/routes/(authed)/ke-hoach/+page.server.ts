import { fromApi } from '$lib/server/api';
import { can } from '@pcmbn/domain';
import type { PageServerLoad } from './$types';

const STATUSES = ['draft', 'published', 'archived'] as const;
type Status = (typeof STATUSES)[number];

export const load: PageServerLoad = async ({ url, locals }) => {
  const requested = url.searchParams.get('status');
  const status = STATUSES.includes(requested as Status) ? (requested as Status) : undefined;
  const plans = await fromApi((api) => api.plan.list.query(status ? { status } : {}));
  return { plans, status: status ?? '', canCreate: can(locals.user, 'plan.create') };
};
