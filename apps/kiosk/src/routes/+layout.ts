// The kiosk renders in the browser from the content bundle it keeps in IndexedDB, so every page works with the
// network cable pulled: the server only hands out the app shell (cached by the service worker) and proxies /api.
export const ssr = false;
export const prerender = false;
