import { langOf } from '$lib/i18n';
import { fromApiOrNull } from '$lib/server/api';
import { contactView } from '$lib/server/contacts';
import type { LayoutServerLoad } from './$types';

/** The language of the URL and the national hotline in force today (from the API's effective-dated contacts). */
export const load: LayoutServerLoad = async (event) => {
  const lang = langOf(event.params.lang);
  const result = await fromApiOrNull(event, (api) => api.public.contacts.query({}));
  const hotline = result?.contacts.find((c) => c.kind === 'national_hotline');
  return { lang, hotline: hotline ? contactView(hotline, lang) : null };
};
