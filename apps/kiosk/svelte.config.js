import { defineSvelteConfig } from '@pcmbn/svelte-config';

export default defineSvelteConfig();
