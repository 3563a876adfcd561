// The repository's lint gate, used by the root eslint.config.js: typescript-eslint with type information
// (every file is checked against the tsconfig that builds it), eslint-plugin-svelte for components, the package
// boundaries, and eslint-config-prettier last so that formatting is Prettier's alone (`prettier --check .`).
import path from 'node:path';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteParser from 'svelte-eslint-parser';
import tseslint from 'typescript-eslint';

import { boundariesPlugin, restrictedImports } from './boundaries.js';
import { vocabularyPlugin } from './vocabulary.js';

/** Never linted: generated, built or vendored. */
export const ignores = {
  name: 'pcmbn/ignores',
  ignores: [
    '**/node_modules/',
    '**/dist/',
    '**/build/',
    '**/.svelte-kit/',
    '**/.turbo/',
    '**/static/',
    '.data/',
    'test-results/',
    'playwright-report/',
    'packages/api/src/generated/',
  ],
};

/**
 * Files that no tsconfig includes (configuration files, the plain-JS tooling packages, the kiosk's and the admin's service
 * workers, which SvelteKit's tsconfig leaves out) are type-checked in the project service's default project.
 */
const outsideAnyTsconfig = [
  '*.js',
  'apps/*/svelte.config.js',
  'apps/*/src/service-worker.ts',
  'apps/*/vitest.config.{js,ts}',
  'packages/domain/vitest.config.ts',
  'packages/api/scripts/*.mjs',
  'tooling/eslint/*.js',
  'tooling/playwright/*.{js,d.ts}',
  'tooling/prettier/*.js',
];

/** The repository's root (this package is tooling/eslint): where the globs above and the tsconfigs start. */
const root = path.resolve(import.meta.dirname, '../..');

/** Type information for every file: each from the tsconfig that includes it, the others as said above. */
const parserOptions = {
  projectService: {
    allowDefaultProject: outsideAnyTsconfig,
    defaultProject: path.join(import.meta.dirname, 'tsconfig.default.json'),
    maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 32,
  },
  tsconfigRootDir: root,
  extraFileExtensions: ['.svelte'],
};

/** TypeScript, JavaScript and Svelte, all with type information. */
export const typescript = tseslint.config(
  {
    name: 'pcmbn/typescript',
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,svelte}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A `let` read by a clean-up closure declared before its one assignment cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `const { id: _id, ...rest } = row` drops a field on purpose: names starting with _ are meant to be unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    name: 'pcmbn/svelte',
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    extends: [...svelte.configs.recommended],
    languageOptions: {
      globals: { ...globals.browser },
      parser: svelteParser,
      parserOptions: { ...parserOptions, parser: tseslint.parser },
    },
    rules: {
      // `let { a } = $props()` and `let x = $derived(…)` are Svelte's idiom; its own rule knows runes.
      'prefer-const': 'off',
      'svelte/prefer-const': 'error',
      // Flags every Map/Set/URLSearchParams a component mutates, temporaries built inside $derived.by or a
      // function included: all 3 hits here are such temporaries; reactive state in this code is $state.
      'svelte/prefer-svelte-reactivity': 'off',
      // resolve() adds kit.paths.base, which no app sets (each is served at its host's root): 81 hrefs, no bug.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    name: 'pcmbn/browser',
    files: ['apps/*/src/**/*.{js,ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'pcmbn/tests',
    files: ['**/*.test.ts', '**/e2e/**/*.ts', 'packages/api/test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.objectContaining…) are typed `any` by design, and tests
      // read raw SQL rows (pg types them `any`) and response bodies only to assert on them: the assertion is the check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Stubs of async interfaces (`vi.fn(async () => 'answer')`) are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    name: 'pcmbn/public-site-script',
    files: ['apps/public/src/lib/site.js'],
    // Served as written (`?url`, never transpiled) to whatever phone a reader at risk has: ES5 on purpose.
    rules: { 'no-var': 'off', 'prefer-const': 'off' },
  },
);

/** The package boundaries (see boundaries.js). Later blocks replace the earlier options for their files. */
export const boundaries = [
  {
    name: 'pcmbn/boundaries',
    plugins: { '@pcmbn/boundaries': boundariesPlugin },
    rules: {
      '@pcmbn/boundaries/no-relative-import-outside-package': 'error',
      'no-restricted-imports': restrictedImports.everywhere,
    },
  },
  {
    name: 'pcmbn/boundaries/apps',
    files: ['apps/**'],
    rules: { 'no-restricted-imports': restrictedImports.apps },
  },
  {
    name: 'pcmbn/boundaries/domain',
    files: ['packages/domain/src/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrictedImports.domain },
  },
  {
    name: 'pcmbn/boundaries/domain-tests',
    files: ['packages/domain/src/**/*.test.ts', 'packages/domain/bench/**', 'packages/domain/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports.domainTests },
  },
];

/**
 * The vocabulary (area codes, languages, roles) is defined once, in packages/domain/src/vocabulary/: the API and the
 * apps import it, never write it again (vocabulary.js). Tests are left out: an expectation spells out the list it
 * expects, and a test may build any code it likes.
 */
export const vocabulary = {
  name: 'pcmbn/vocabulary',
  files: ['packages/api/**/*.{js,mjs,ts}', 'apps/*/**/*.{js,ts,svelte}'],
  ignores: ['**/*.test.ts', '**/e2e/**', 'packages/api/test/**'],
  plugins: { '@pcmbn/vocabulary': vocabularyPlugin },
  rules: { '@pcmbn/vocabulary/single-definition': 'error' },
};

/** The whole configuration, in order; eslint-config-prettier last. */
export default [ignores, ...typescript, ...boundaries, vocabulary, prettier, ...svelte.configs.prettier];
