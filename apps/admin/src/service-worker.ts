/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The field app's worker (issue 19), and only its: registered by /thuc-dia/ with the scope /thuc-dia/ (the admin's
 * svelte.config.js turns SvelteKit's automatic registration off), so no other page of the console is ever controlled
 * by it — they stay online-only, as before. It keeps the field app's shell (the prerendered page, the built scripts
 * and styles, the manifest and icon) under this build's version and serves them cache first, so the app opens with
 * no signal. Its live calls (/thuc-dia/api/) always go to the network: what the officer enters lives in IndexedDB
 * until the server has it, never in a cache.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `pcmbn-thuc-dia-${version}`;
const SHELL = '/thuc-dia/';
const ASSETS = new Set([
  ...build,
  ...files.filter((f) => f.startsWith('/thuc-dia/') || f === '/favicon.svg'),
  ...prerendered.filter((p) => p.startsWith('/thuc-dia/')),
  SHELL,
]);

// Installed only once everything is in this build's cache, fetched past the HTTP cache (an older shell kept there
// would name an older build's scripts); then it takes over at once instead of waiting for every tab to close.
sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(CACHE)).addAll([...ASSETS].map((url) => new Request(url, { cache: 'reload' })));
      await sw.skipWaiting();
    })(),
  );
});

// Claims the open pages of the field app, so the first visit is controlled without a reload. It can only take a
// page whose document was made at a /thuc-dia/ address: the page itself makes sure of that (routes/thuc-dia/offline.ts,
// `openedInScope`) and waits for this claim before it says it works offline.
sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('pcmbn-thuc-dia-') && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname.startsWith('/thuc-dia/api/')) return;
  const key = request.mode === 'navigate' && url.pathname.startsWith('/thuc-dia/') ? SHELL : url.pathname;
  if (!ASSETS.has(key)) return;
  event.respondWith(
    (async () => {
      const hit = await (await caches.open(CACHE)).match(key);
      return hit ?? fetch(request);
    })(),
  );
});
