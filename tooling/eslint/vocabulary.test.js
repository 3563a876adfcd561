// The vocabulary rule on small snippets of TypeScript and Svelte: the domain's own imports pass, copies fail.
import { RuleTester } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

import { vocabularyPlugin } from './vocabulary.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = vocabularyPlugin.rules['single-definition'];
const typescript = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const svelte = new RuleTester({
  languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser } },
});

/** @param {...string} messageIds one reported copy each */
const copies = (...messageIds) => messageIds.map((messageId) => ({ messageId }));

/**
 * One invalid case a snippet, each reporting one copy of the same kind.
 * @param {string} messageId
 * @param {string[]} snippets
 */
const each = (messageId, snippets) => snippets.map((code) => ({ code, errors: copies(messageId) }));

typescript.run('single-definition (TypeScript)', rule, {
  valid: [
    "import { AREA_CODE_PATTERN, LANGUAGES, ROLES } from '@pcmbn/domain'; const ok = AREA_CODE_PATTERN.test('84');",
    "import { areaCodeSchema } from '@pcmbn/domain'; const code = areaCodeSchema('Chọn địa bàn');",
    "import { LanguageSchema, RoleSchema } from '@pcmbn/domain'; const input = z.object({ lang: LanguageSchema });",
    // Other patterns and lists are not the vocabulary.
    'const date = /^\\d{4}-\\d{2}-\\d{2}$/; const slug = /^[a-z0-9-]+$/;',
    "const plain = '2–5 chữ số';",
    "const two = ['vi', 'en']; const four = ['vi', 'en', 'km', 'fr']; const spread = ['vi', 'en', ...more];",
    "const entering = ['province_admin', 'agency_officer', 'district_officer'];",
    "type Lang2 = 'vi' | 'en'; const mixed = ['vi', 'en', km];",
  ],
  invalid: [
    ...each('codePattern', [
      'const AREA = /^\\d{2,5}$/;',
      "const area = z.string().regex(/^\\d{2,5}$/, { error: 'Mã địa bàn' });",
      'const isProvince = (code: string) => /^\\d{2}$/.test(code);',
      'const digits = /^[0-9]{2,5}$/;',
      "const fromText = new RegExp('^\\\\d{2,5}$');",
      'const fromTemplate = new RegExp(`^\\\\d{2}$`);',
    ]),
    ...each('languages', [
      "const LANGS = ['vi', 'en', 'km'] as const;",
      "const kiosk: readonly Lang[] = ['vi', 'km', 'en'];",
      "const LangSchema = z.enum(['km', 'vi', 'en']);",
      "const known = new Set(['en', 'vi', 'km']);",
      "type Lang = 'vi' | 'en' | 'km';",
      "enum Lang { vi = 'vi', en = 'en', km = 'km' }",
    ]),
    ...each('roles', [
      "const ALL: Role[] = ['province_admin', 'agency_officer', 'district_officer', 'viewer'];",
      "const UserRoleSchema = z.enum(['province_admin', 'viewer']);",
      "type Signer = 'province_admin' | 'viewer';",
    ]),
    {
      code: "const AREA = /^\\d{2,5}$/; const LANGS = ['vi', 'en', 'km']; const ROLES = ['viewer', 'province_admin'];",
      errors: copies('codePattern', 'languages', 'roles'),
    },
  ],
});

svelte.run('single-definition (Svelte)', rule, {
  valid: [
    '<script lang="ts">import { LANGUAGES } from \'@pcmbn/domain\';</script>{#each LANGUAGES as l (l)}<a href="/{l}">{l}</a>{/each}',
    '<input name="slug" pattern="[a-z0-9-]+" />',
  ],
  invalid: [
    { code: '<input name="area" pattern={\'\\\\d{2,5}\'} />', errors: copies('codePattern') },
    {
      code: "<script lang=\"ts\">const langs = ['vi', 'en', 'km'];</script>{#each langs as l (l)}{l}{/each}",
      errors: copies('languages'),
    },
  ],
});
