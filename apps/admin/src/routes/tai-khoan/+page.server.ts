import { fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { ROLE_LABELS } from '@pcmbn/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const agencies = user.agencyId ? await fromApi((api) => api.agency.list.query({})) : [];
  return {
    me: {
      displayName: user.displayName,
      email: user.email,
      role: ROLE_LABELS[user.role],
      agency: agencies.find((a) => a.id === user.agencyId)?.name ?? user.agencyId,
      scopeAreaCode: user.scopeAreaCode,
      sessionExpiresAt: user.sessionExpiresAt.toISOString(),
    },
  };
};
