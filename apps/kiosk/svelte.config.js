import { defineSvelteConfig } from '@pcmbn/svelte-config';

// A touch screen in a public room: no zoom, kept out of search engines, links prefetch on touch and moving around
// replaces the history entry (there is no Back button to go to).
const config = defineSvelteConfig({
  page: {
    viewport: 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no',
    head: ['<meta name="robots" content="noindex, nofollow" />'],
    body: ['data-sveltekit-preload-data="tap"', 'data-sveltekit-replacestate'],
  },
});
// Absolute asset URLs in the page HTML. The service worker answers every navigation (/bai-viet/…, /hoi-thi, …)
// with the one shell it cached for '/'; with SvelteKit's default relative paths that shell would ask for
// ./_app/… relative to the page (/bai-viet/_app/…), which is not in the cache, and an offline reload stays blank.
config.kit = { ...config.kit, paths: { ...config.kit?.paths, relative: false } };

export default config;
