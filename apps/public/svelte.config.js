import { defineSvelteConfig } from '@pcmbn/svelte-config';

// The site's CSS is a few KB: inline it, so a reader on a slow connection waits for one request, not two, before
// the first paint (Lighthouse counted a render-blocking stylesheet on a simulated slow 4G phone).
export default defineSvelteConfig({ inlineStyleThreshold: 8 * 1024 });
