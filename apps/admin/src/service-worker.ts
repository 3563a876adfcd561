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

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(CACHE)).addAll([...ASSETS]);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('pcmbn-thuc-dia-') && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

// The page asks when it is still not controlled after activation (claim can miss a page that registered while
// the install was still precaching): it must be controlled before the officer goes offline.
sw.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(sw.clients.claim());
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
