import type { Handle, HandleServerError } from '@sveltejs/kit';
import { messages, splitLang } from '$lib/i18n';
import { finishPage } from '$lib/server/page-response';

export const handle: Handle = async ({ event, resolve }) => {
  const { lang } = splitLang(event.url.pathname);
  const response = await resolve(event, {
    // `<html lang>` follows the URL's language (app.html holds the placeholder).
    transformPageChunk: ({ html }) => html.replace('%pcmbn.lang%', lang),
  });
  return finishPage(event.request, response);
};

/** Unexpected errors are logged here and shown to people as one sentence in the page's language. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[${event.url.pathname}]`, error);
  const t = messages(splitLang(event.url.pathname).lang);
  return { message: status === 404 ? t.notFound : t.errorGeneric };
};
