import type { ParamMatcher } from '@sveltejs/kit';

/** Vietnamese is the default and has no prefix; /en/… and /km/… are the other languages. */
export const match: ParamMatcher = (param) => param === 'en' || param === 'km';
