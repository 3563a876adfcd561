// The repository's formatting, used from the root package.json ("prettier": "@pcmbn/prettier-config").
// The plugin is imported here, not named, so it resolves from this package wherever Prettier runs.
import * as svelte from 'prettier-plugin-svelte';

/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  plugins: [svelte],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
