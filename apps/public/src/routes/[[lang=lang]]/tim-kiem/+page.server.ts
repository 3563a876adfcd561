import { langOf } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * A GET form: the search works without JavaScript and the results page has its own address. What a reader searched
 * for may be the most telling thing about them (someone at risk looking up how to escape): no shared or proxy cache
 * may keep the answer, nor the browser's cache (src/lib/server/page-response.ts keeps a page's own cache-control).
 */
export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const lang = langOf(event.params.lang);
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  if (!q) return { q, hits: null };
  const result = await fromApi(event, (api) => api.public.search.query({ q, lang }));
  return {
    q,
    hits: result.hits.map((h) => ({ slug: h.slug, title: h.title, snippet: h.snippet, fallback: h.fallback })),
  };
};
