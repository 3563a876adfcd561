import { en } from './en.js';
import { km } from './km.js';
import { vi, type Messages } from './vi.js';

/**
 * Languages of the public site. Typed dictionaries compiled into the server bundle (the pages render on the
 * server and ship no JavaScript, so no runtime message loading is needed); vi has no URL prefix, en and km do.
 */
export const LANGS = ['vi', 'en', 'km'] as const;
export type Lang = (typeof LANGS)[number];
export type { Messages };

const DICTIONARIES: Record<Lang, Messages> = { vi, en, km };

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

export function messages(lang: Lang): Messages {
  return DICTIONARIES[lang];
}

/** The site path in `lang`: '/kien-thuc' → '/en/kien-thuc'. */
export function localise(lang: Lang, path: string): string {
  if (lang === 'vi') return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

/** The language and the language-free path of a URL path. */
export function splitLang(pathname: string): { lang: Lang; path: string } {
  const match = /^\/(en|km)(\/.*)?$/.exec(pathname);
  if (!match) return { lang: 'vi', path: pathname };
  return { lang: match[1] as Lang, path: match[2] ?? '/' };
}

/** dd/mm/yyyy in every language (the format Vietnamese documents and phones use). */
export function formatDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
