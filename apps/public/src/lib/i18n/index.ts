import { isLanguage, type Language } from '@pcmbn/domain';
import { en } from './en.js';
import { km } from './km.js';
import { vi, type Messages } from './vi.js';

/**
 * Languages of the public site: the domain's `LANGUAGES`. Typed dictionaries compiled into the server bundle (the
 * pages render on the server and ship no JavaScript, so no runtime message loading is needed); vi has no URL
 * prefix, the others do (/en/…, /km/…).
 */
export type { Messages };

/** Every language has a dictionary: a language added to the domain and missing here fails to compile. */
const DICTIONARIES: Record<Language, Messages> = { vi, en, km };

export function messages(lang: Language): Messages {
  return DICTIONARIES[lang];
}

/** A path segment that names a language with a URL prefix (every language but Vietnamese). */
export function isPrefixLanguage(segment: string | undefined): segment is Language {
  return segment !== undefined && segment !== 'vi' && isLanguage(segment);
}

/** The language of a route's optional `[[lang]]` parameter: Vietnamese where there is none. */
export function langOf(param: string | undefined): Language {
  return isPrefixLanguage(param) ? param : 'vi';
}

/** The site path in `lang`: '/kien-thuc' → '/en/kien-thuc'. */
export function localise(lang: Language, path: string): string {
  if (lang === 'vi') return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

/** The language and the language-free path of a URL path. */
export function splitLang(pathname: string): { lang: Language; path: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match || !isPrefixLanguage(match[1])) return { lang: 'vi', path: pathname };
  return { lang: match[1], path: match[2] ?? '/' };
}
