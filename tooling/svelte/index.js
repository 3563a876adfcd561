// One SvelteKit configuration for admin, public and kiosk, so that none copies it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** SvelteKit's static fallback when even the error page cannot render: one page for every app (no components). */
const errorTemplate = fileURLToPath(new URL('./error.html', import.meta.url));

/**
 * The app's page shell: app.html with this app's language, viewport, extra head tags and body attributes filled in.
 * SvelteKit reads the shell from a file (at `svelte-kit sync`, before any plugin runs), so it is written to
 * node_modules/.cache/ (ignored by git, lint and format like any cache), named by its content: apps with the same
 * options share one, and concurrent builds write the same bytes (the rename makes each write whole).
 * @param {import('./index.d.ts').PageOptions} options
 */
function appTemplate({ lang = 'vi', viewport = 'width=device-width, initial-scale=1', head = [], body = [] }) {
  const html = readFileSync(new URL('./app.html', import.meta.url), 'utf8')
    .replace('%page.lang%', lang)
    .replace('%page.viewport%', viewport)
    .replace(/^( *)%page\.head%\n/m, (_, indent) => head.map((tag) => `${indent}${tag}\n`).join(''))
    .replace(' %page.body%', body.map((attribute) => ` ${attribute}`).join(''));
  const hash = createHash('sha256').update(html).digest('hex').slice(0, 16);
  const file = fileURLToPath(new URL(`./node_modules/.cache/app-html/app-${hash}.html`, import.meta.url));
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, html);
    renameSync(`${file}.${process.pid}`, file);
  }
  return file;
}

/** @type {import('./index.d.ts').defineSvelteConfig} */
export function defineSvelteConfig({ inlineStyleThreshold = 0, page = {} } = {}) {
  return {
    preprocess: vitePreprocess(),
    compilerOptions: {
      // Our components use runes; libraries keep whatever mode they were written in.
      runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true),
    },
    kit: {
      adapter: adapter({ out: 'build' }),
      csp: { mode: 'auto', directives: cspDirectives },
      // One source for the three apps' page templates: app.html and error.html beside this file.
      files: { appTemplate: appTemplate(page), errorTemplate },
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
