import type { Handle, HandleServerError } from '@sveltejs/kit';
import { messages, splitLang } from '$lib/i18n';

/**
 * Published pages are the same for every reader (nothing about the reader is stored or used), so a CDN may keep
 * them: a minute in browsers, five minutes at the CDN, and a stale copy while it revalidates. Errors are not
 * cached (a 503 while the API restarts must not stick).
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export const handle: Handle = async ({ event, resolve }) => {
  const { lang } = splitLang(event.url.pathname);
  const response = await resolve(event, {
    // `<html lang>` follows the URL's language (app.html holds the placeholder).
    transformPageChunk: ({ html }) => html.replace('%pcmbn.lang%', lang),
  });
  if (event.request.method === 'GET' && response.status === 200 && !response.headers.has('cache-control')) {
    try {
      response.headers.set('cache-control', PAGE_CACHE_CONTROL);
    } catch {
      // Immutable headers (a fetched response passed through): leave them.
    }
  }
  return response;
};

/** Unexpected errors are logged here and shown to people as one sentence in the page's language. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[${event.url.pathname}]`, error);
  const t = messages(splitLang(event.url.pathname).lang);
  return { message: status === 404 ? t.notFound : t.errorGeneric };
};
