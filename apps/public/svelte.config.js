import { defineSvelteConfig } from '@pcmbn/svelte-config';

// The site's CSS is a few KB: inline it, so a reader on a slow connection waits for one request, not two, before
// the first paint (Lighthouse counted a render-blocking stylesheet on a simulated slow 4G phone).
export default defineSvelteConfig({
  inlineStyleThreshold: 8 * 1024,
  page: {
    // `<html lang>` follows the URL's language: hooks.server.ts fills the placeholder per request.
    lang: '%pcmbn.lang%',
    // Pages ship no framework JavaScript (csr = false). site.js (1 KB, same origin, see +layout.svelte) makes "Thoát
    // nhanh" leave with location.replace and makes moving around the site replace the history entry instead of adding
    // one, so after a quick exit the Back button cannot return here: readers may be watched by the person they need
    // help against. Without JavaScript every link and form still works.
    head: ['<meta name="referrer" content="no-referrer" />', '<meta name="theme-color" content="#0b5394" />'],
  },
});
