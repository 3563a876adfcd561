import { isLang } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const lang = isLang(event.params.lang) ? event.params.lang : 'vi';
  const asked = Number(event.url.searchParams.get('nam'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
  const result = await fromApi(event, (api) => api.public.events.query({ lang, ...(year ? { year } : {}) }));
  return result;
};
