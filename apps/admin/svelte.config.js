import { defineSvelteConfig } from '@pcmbn/svelte-config';

// A console for officers: kept out of search engines; links prefetch their data when pointed at.
const config = defineSvelteConfig({
  page: {
    head: ['<meta name="robots" content="noindex, nofollow" />'],
    body: ['data-sveltekit-preload-data="hover"'],
  },
});
// The service worker (src/service-worker.ts) is for the field app only: /thuc-dia/ registers it with that scope, so
// the rest of the console never gets one and stays online-only.
config.kit.serviceWorker = { register: false };
// Only the field app's shell is prerendered; the console's links from it ('/', the sign-in page) are live pages.
config.kit.prerender = { crawl: false };

export default config;
