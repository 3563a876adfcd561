// The vocabulary is defined once, in packages/domain/src/vocabulary/ (exported from '@pcmbn/domain'): one local
// rule reports a second definition of its three most copied parts anywhere the rule is applied (index.js):
// - the area/province code pattern: a regular expression, or a string that becomes one, with \d{2,5} or ^\d{2}$;
// - the language list: an array, enum or union type of exactly 'vi', 'en' and 'km', in any order (z.enum included);
// - the role list: an array, enum or union type naming both 'province_admin' and 'viewer'.

/** @typedef {import('eslint').Rule.Node} Node */

/** The code patterns, as written in a regular expression's source ([0-9] counts as \d). */
const CODE_PATTERN = /(?:\\d|\[0-9\])\{2,5\}|\^(?:\\d|\[0-9\])\{2\}\$/;

const LANGUAGES = ['en', 'km', 'vi'];

/** @param {string[]} values */
const isLanguageList = (values) =>
  values.length === LANGUAGES.length && [...values].sort().every((value, i) => value === LANGUAGES[i]);

/** @param {string[]} values */
const isRoleList = (values) => values.includes('province_admin') && values.includes('viewer');

/**
 * The strings of a list whose every member is a string literal; null for any other list (a spread, a variable…).
 * @param {readonly unknown[]} members
 * @returns {string[] | null}
 */
function stringsOf(members) {
  const values = [];
  for (const member of members) {
    const literal = /** @type {{ type?: string; value?: unknown } | null} */ (member);
    if (literal?.type !== 'Literal' || typeof literal.value !== 'string') return null;
    values.push(literal.value);
  }
  return values;
}

/** @type {import('eslint').Rule.RuleModule} */
const singleDefinition = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "The area code pattern, the language list and the role list are defined once, in '@pcmbn/domain' (src/vocabulary/).",
    },
    schema: [],
    messages: {
      codePattern:
        "A second area/province code pattern: import AREA_CODE_PATTERN, isAreaCode, areaCodeSchema() (or PROVINCE_CODE_PATTERN, isProvinceCode, provinceCodeSchema()) from '@pcmbn/domain'.",
      languages: "A second language list: import LANGUAGES, Language or LanguageSchema from '@pcmbn/domain'.",
      roles:
        "A second role list: import ROLES, Role or RoleSchema (who may do what: rolesFor(action), can(user, action)) from '@pcmbn/domain'.",
    },
  },
  create(context) {
    /**
     * @param {Node} node
     * @param {string[] | null} values
     */
    function checkList(node, values) {
      if (values === null) return;
      if (isLanguageList(values)) context.report({ node, messageId: 'languages' });
      else if (isRoleList(values)) context.report({ node, messageId: 'roles' });
    }
    /**
     * @param {Node} node
     * @param {unknown} text
     */
    function checkText(node, text) {
      if (typeof text === 'string' && CODE_PATTERN.test(text)) context.report({ node, messageId: 'codePattern' });
    }
    return {
      ArrayExpression: (node) => checkList(node, stringsOf(node.elements)),
      TSUnionType: (/** @type {Node} */ node) =>
        checkList(node, stringsOf(typescriptNode(node).types?.map((type) => type.literal) ?? [])),
      TSEnumDeclaration: (/** @type {Node} */ node) => {
        const { body, members } = typescriptNode(node);
        checkList(node, stringsOf((body?.members ?? members ?? []).map((member) => member.initializer)));
      },
      // In Svelte markup `{2,5}` is an expression: a pattern attribute holds the pattern as one of these two too.
      Literal: (node) => checkText(node, 'regex' in node && node.regex ? node.regex.pattern : node.value),
      TemplateElement: (node) => checkText(node, node.value.cooked),
    };
  },
};

/**
 * typescript-eslint's nodes are not in ESLint's (estree) types: the fields read here, loosely.
 * @typedef {{ initializer?: unknown }} EnumMember
 * @typedef {{ types?: { literal?: unknown }[]; body?: { members: EnumMember[] }; members?: EnumMember[] }} TypescriptNode
 * @param {Node} node
 * @returns {TypescriptNode}
 */
const typescriptNode = (node) => /** @type {TypescriptNode} */ (/** @type {unknown} */ (node));

export const vocabularyPlugin = {
  meta: { name: '@pcmbn/vocabulary' },
  rules: { 'single-definition': singleDefinition },
};
