import { env } from '$env/dynamic/private';
import type { Handle, HandleServerError, RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { messages, splitLang } from '$lib/i18n';
import { PageCache, dependencies, preparePage, servePage, stampOf, vietnamDay } from '$lib/server/page-cache';
import { finishPage, isPageAnswer, isShareable, pageHeaders } from '$lib/server/page-response';
import { SETTLE_MS, versionFeed } from '$lib/server/versions';

const pages = new PageCache();
/** PCMBN_PAGE_CACHE=0 renders every page (a reference server for tests comparing kept pages with fresh renders). */
const keepPages = env['PCMBN_PAGE_CACHE'] !== '0';

export const handle: Handle = async ({ event, resolve }) => {
  const { lang } = splitLang(event.url.pathname);
  const options: ResolveOptions = {
    // `<html lang>` follows the URL's language (svelte.config.js puts the placeholder in app.html).
    transformPageChunk: ({ html }) => html.replace('%pcmbn.lang%', lang),
  };
  const render = async () => resolve(event, options);
  const method = event.request.method;
  const kinds = keepPages && (method === 'GET' || method === 'HEAD') ? dependencies(event.url.pathname) : null;
  const versions = kinds ? await versionFeed().current() : null;
  if (!kinds || !versions) return finishPage(event.request, await render());
  return fromMemory(event, kinds, stampOf(kinds, versions, vietnamDay()), render);
};

/** A page served from memory, rendered first if its stamp moved (src/lib/server/page-cache.ts). */
async function fromMemory(
  event: RequestEvent,
  kinds: readonly string[],
  stamp: string,
  render: () => Promise<Response>,
): Promise<Response> {
  const { request, url } = event;
  const key = url.origin + url.pathname + url.search;
  const hit = pages.get(key, stamp);
  if (hit) return servePage(hit, request, 'hit');
  if (request.method === 'HEAD') return finishPage(request, await render());

  let own: Response | null = null;
  let rendered = false;
  const page = await pages.render(key, stamp, async () => {
    rendered = true;
    const response = await render();
    if (!isPageAnswer(request, response) || !isShareable(response)) {
      own = response;
      return null;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const movedAt = versionFeed().movedAt(kinds);
    const renewAt = Date.now() - movedAt < SETTLE_MS ? movedAt + SETTLE_MS : Infinity;
    return preparePage(stamp, renewAt, pageHeaders(response), body);
  });
  if (page) return servePage(page, request, rendered ? 'miss' : 'hit');
  // This reader's own answer (an error, a private page), or another reader's render could not be kept: render.
  return finishPage(request, own ?? (await render()));
}

/** Unexpected errors are logged here and shown to people as one sentence in the page's language. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[${event.url.pathname}]`, error);
  const t = messages(splitLang(event.url.pathname).lang);
  return { message: status === 404 ? t.notFound : t.errorGeneric };
};
