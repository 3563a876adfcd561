import { isLang } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** A GET form: the search works without JavaScript and the results page has its own address. */
export const load: PageServerLoad = async (event) => {
  const lang = isLang(event.params.lang) ? event.params.lang : 'vi';
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  if (!q) return { q, hits: null };
  const result = await fromApi(event, (api) => api.public.search.query({ q, lang }));
  return {
    q,
    hits: result.hits.map((h) => ({ slug: h.slug, title: h.title, snippet: h.snippet, fallback: h.fallback })),
  };
};
