import { langOf } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const CATEGORY = /^[a-z_]{1,40}$/;

export const load: PageServerLoad = async (event) => {
  const lang = langOf(event.params.lang);
  const asked = event.url.searchParams.get('chuyen-muc');
  const category = asked && CATEGORY.test(asked) ? asked : null;
  const all = await fromApi(event, (api) => api.public.articles.query({ lang }));
  const categories = [...new Set(all.map((a) => a.category).filter((c): c is string => c !== null))];
  return {
    category,
    categories,
    articles: all
      .filter((a) => category === null || a.category === category)
      .map((a) => ({ slug: a.slug, title: a.title, summary: a.summary, category: a.category, fallback: a.fallback })),
  };
};
