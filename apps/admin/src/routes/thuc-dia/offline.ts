/**
 * When the field app may say it works offline (issue 19). Three things must hold, checked in this order by the page:
 * the page is a document of its own at a /thuc-dia/ address (`openedInScope`), the worker controls it (`controlled`),
 * and every file it loaded is in the worker's cache (`cachedForOffline`). The officer's data in IndexedDB is the
 * page's own check.
 */

/** The worker's scope (service-worker.ts registers it with this). */
export const SCOPE = '/thuc-dia/';

/**
 * Whether this document was made at an address inside the worker's scope. A worker controls a document by the
 * address it was made at, never by the one the page shows later: a console page that went on to /thuc-dia/ by
 * SvelteKit's client-side navigation (its menu link, the sign-in form's redirect to `next`) still is the document made
 * at /dang-nhap or /, and `clients.claim()` passes it by. Where the browser cannot say, the page is taken as it is.
 */
export function openedInScope(): boolean {
  if (!('serviceWorker' in navigator)) return true;
  const [entry] = performance.getEntriesByType('navigation');
  if (!entry) return true;
  return new URL(entry.name).pathname.startsWith(SCOPE);
}

/**
 * Resolves once the registration is active and this page is controlled by it: `ready` alone says a worker is active
 * for the scope, not that it took this page (the claim in its activate follows), so `controllerchange` is awaited too.
 */
export async function controlled(): Promise<ServiceWorker> {
  const container = navigator.serviceWorker;
  await container.ready;
  return new Promise((resolve) => {
    const check = () => {
      if (!container.controller) return;
      container.removeEventListener('controllerchange', check);
      resolve(container.controller);
    };
    container.addEventListener('controllerchange', check);
    check();
  });
}

/**
 * Whether the worker's cache holds what this page needs to start with no network: the shell, the manifest and every
 * built script and style the page loaded (the browser's resource list), so nothing the page asks for offline misses.
 */
export async function cachedForOffline(): Promise<boolean> {
  const needed = new Set([SCOPE, `${SCOPE}manifest.webmanifest`]);
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name);
    if (url.origin === location.origin && url.pathname.startsWith('/_app/immutable/')) needed.add(url.pathname);
  }
  for (const path of needed) if (!(await caches.match(path))) return false;
  return true;
}
