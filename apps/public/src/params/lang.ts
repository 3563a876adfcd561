import type { ParamMatcher } from '@sveltejs/kit';
import { isPrefixLanguage } from '$lib/i18n';

/** Vietnamese is the default and has no prefix; /en/… and /km/… are the other languages. */
export const match: ParamMatcher = (param) => isPrefixLanguage(param);
