import { LANGUAGES } from '@pcmbn/domain';
import { localise } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import type { RequestHandler } from './$types';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every public page in every language, each with its hreflang alternates. */
export const GET: RequestHandler = async (event) => {
  const [articles, provinces] = await Promise.all([
    fromApi(event, (api) => api.public.articles.query({ lang: 'vi' })),
    fromApi(event, (api) => api.public.provinces.query()),
  ]);
  const paths = [
    '/',
    '/kien-thuc',
    '/su-kien',
    '/an-toan',
    ...articles.map((a) => `/kien-thuc/${a.slug}`),
    ...provinces.map((p) => `/tinh/${p.code}`),
  ];
  const origin = event.url.origin;
  const urls = paths.flatMap((path) =>
    LANGUAGES.map(
      (lang) =>
        `<url><loc>${escapeXml(origin + localise(lang, path))}</loc>${LANGUAGES.map(
          (alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${escapeXml(origin + localise(alt, path))}"/>`,
        ).join('')}</url>`,
    ),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=300, s-maxage=3600',
    },
  });
};
