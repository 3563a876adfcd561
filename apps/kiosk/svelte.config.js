import { defineSvelteConfig } from '@pcmbn/svelte-config';

const config = defineSvelteConfig();
// Absolute asset URLs in the page HTML. The service worker answers every navigation (/bai-viet/…, /hoi-thi, …)
// with the one shell it cached for '/'; with SvelteKit's default relative paths that shell would ask for
// ./_app/… relative to the page (/bai-viet/_app/…), which is not in the cache, and an offline reload stays blank.
config.kit = { ...config.kit, paths: { ...config.kit?.paths, relative: false } };

export default config;
