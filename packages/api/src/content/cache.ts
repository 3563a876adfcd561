import type { AnyRouter } from '@trpc/server';
import type { ResponseMetaFn } from '@trpc/server/http';

/**
 * Public read API answers may be cached by browsers and CDNs: they are the same for everyone, and a minute of
 * staleness is fine for articles and progress figures (a CDN keeps serving a stale copy for 10 minutes while it
 * revalidates, which also carries readers through an API restart). Anything else — signed-in reads, mutations,
 * errors (a rate-limit answer must not be cached for everyone), batches mixing public and other calls — gets no
 * cache header from here.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

export const publicCacheResponseMeta: ResponseMetaFn<AnyRouter> = ({ info, type, errors }) => {
  const calls = info?.calls ?? [];
  const allPublic = calls.length > 0 && calls.every((call) => call.path.startsWith('public.'));
  if (type === 'query' && errors.length === 0 && allPublic) {
    return { headers: { 'cache-control': PUBLIC_CACHE_CONTROL } };
  }
  return {};
};
