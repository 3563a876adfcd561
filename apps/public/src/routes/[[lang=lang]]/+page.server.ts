import { langOf } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import { contactView } from '$lib/server/contacts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const lang = langOf(event.params.lang);
  const [home, provinces] = await Promise.all([
    fromApi(event, (api) => api.public.home.query({ lang })),
    fromApi(event, (api) => api.public.provinces.query()),
  ]);
  return {
    hotline: home.hotline ? contactView(home.hotline, lang) : null,
    emergency: home.emergency.map((c) => contactView(c, lang)),
    featured: home.featured.map((a) => ({ slug: a.slug, title: a.title, summary: a.summary, fallback: a.fallback })),
    events: home.upcomingEvents.map((e) => ({ slug: e.slug, title: e.title, date: e.date, window: e.window ?? null })),
    provinces,
  };
};
