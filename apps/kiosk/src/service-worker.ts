/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline first. The app shell (every built script and style, the static files and the page HTML, which is the
 * same for every route because the kiosk renders in the browser) is precached at install under this build's
 * version and served from the cache first: a kiosk that synced once starts with the cable pulled. The content
 * bundle itself lives in IndexedDB (src/lib/storage.ts); its images and clips in the media cache, filled by the
 * page after each sync. /api is never cached — usage and heartbeats must reach the server or stay in the outbox —
 * except the listen button's audio files (kiosk.audio), which the page caches after each sync and this worker
 * answers from that cache first, so they play offline.
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL_CACHE = `pcmbn-kiosk-shell-${version}`;
const MEDIA_CACHE = 'pcmbn-kiosk-media';
/** src/lib/audio/audio.ts AUDIO_CACHE. */
const AUDIO_CACHE = 'pcmbn-kiosk-audio';
const SHELL_URL = '/';
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll([...ASSETS, SHELL_URL]);
      // A new build takes over at once; the page reloads itself at the next idle reset.
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('pcmbn-kiosk-shell-') && key !== SHELL_CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

async function fromCacheFirst(request: Request, cacheName: string, key: RequestInfo = request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);

  if (url.origin === sw.location.origin && url.pathname === '/api/trpc/kiosk.audio') {
    event.respondWith((async () => (await (await caches.open(AUDIO_CACHE)).match(request)) ?? fetch(request))());
    return;
  }
  if (url.origin === sw.location.origin && url.pathname.startsWith('/api/')) return;

  if (request.mode === 'navigate' && url.origin === sw.location.origin) {
    event.respondWith(fromCacheFirst(request, SHELL_CACHE, SHELL_URL));
    return;
  }
  if (url.origin === sw.location.origin && ASSETS.has(url.pathname)) {
    event.respondWith(fromCacheFirst(request, SHELL_CACHE));
    return;
  }
  event.respondWith(
    (async () => {
      const media = await (await caches.open(MEDIA_CACHE)).match(request);
      if (media) return media;
      try {
        return await fetch(request);
      } catch {
        return (await caches.match(request)) ?? Response.error();
      }
    })(),
  );
});
