// The field app's shell is the same for everyone and must open with no network: built once (prerendered) and kept by
// the service worker. Everything personal comes from IndexedDB and the endpoints under ./api. The trailing slash
// puts the page inside the worker's scope (/thuc-dia/).
export const prerender = true;
export const trailingSlash = 'always';
