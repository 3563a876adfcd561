// One SvelteKit configuration for admin, public and kiosk, so that none copies it.
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content-Security-Policy for every app: our own origin only. The public site promises readers at risk
 * no third-party scripts, fonts or trackers; the CSP makes that a rule the browser enforces.
 * SvelteKit adds a nonce for its own inline bootstrap script (mode 'auto').
 * @type {import('./index.d.ts').CspDirectives}
 */
export const cspDirectives = {
  'default-src': ['self'],
  'script-src': ['self'],
  'style-src': ['self', 'unsafe-inline'],
  'img-src': ['self', 'data:'],
  'font-src': ['self'],
  'connect-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self'],
  'frame-ancestors': ['none'],
};

/** @type {import('./index.d.ts').defineSvelteConfig} */
export function defineSvelteConfig({ inlineStyleThreshold = 0 } = {}) {
  return {
    preprocess: vitePreprocess(),
    compilerOptions: {
      // Our components use runes; libraries keep whatever mode they were written in.
      runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true),
    },
    kit: {
      adapter: adapter({ out: 'build' }),
      csp: { mode: 'auto', directives: cspDirectives },
      inlineStyleThreshold,
      typescript: {
        // svelte-check also type-checks the Playwright tests in apps/<app>/e2e.
        config: (config) => {
          const include = /** @type {string[] | undefined} */ (config['include']) ?? [];
          config['include'] = [...include, '../e2e/**/*.ts'];
          return config;
        },
      },
    },
  };
}

/**
 * Vite options for every app. `@pcmbn/api` stays an import at run time (it is a dependency of each app,
 * so adapter-node leaves it external too) instead of being inlined with the tRPC client's own imports.
 * @type {import('vite').UserConfig}
 */
export const viteOptions = {
  ssr: { external: ['@pcmbn/api'] },
  server: { fs: { strict: true } },
};
