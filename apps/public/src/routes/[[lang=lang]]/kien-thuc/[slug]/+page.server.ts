import { langOf } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import { linkPhoneNumbers } from '$lib/phone';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const load: PageServerLoad = async (event) => {
  const lang = langOf(event.params.lang);
  if (!SLUG.test(event.params.slug)) error(404, { message: 'Không tìm thấy bài viết.' });
  const [article, contacts] = await Promise.all([
    fromApi(event, (api) => api.public.article.query({ slug: event.params.slug, lang })),
    fromApi(event, (api) => api.public.contacts.query({})),
  ]);
  const data =
    article.data && typeof article.data === 'object' ? (article.data as { sources?: unknown; updated?: unknown }) : {};
  return {
    article: {
      slug: article.slug,
      lang: article.lang,
      title: article.title,
      summary: article.summary,
      category: article.category,
      // The numbers in force (hotline, 113, 114, 115…) become tap-to-call links wherever the text names them.
      html: linkPhoneNumbers(
        article.html,
        contacts.contacts.map((c) => c.number),
      ),
      fallback: article.fallback,
      reviewNeeded: article.reviewNeeded,
      languages: article.languages,
      sources: typeof data.sources === 'string' ? data.sources : null,
      updated: typeof data.updated === 'string' ? data.updated : null,
    },
  };
};
