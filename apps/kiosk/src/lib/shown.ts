import type { Language } from '@pcmbn/domain';

/**
 * A label in the person's language where it has one, else in Vietnamese — with the language it is really in, so
 * the page marks it (`lang="vi"`: read and drawn as Vietnamese) instead of passing it off as Khmer or English.
 */
export function shown(
  label: { vi: string; en?: string | undefined; km?: string | undefined },
  lang: Language,
): { text: string; lang: Language } {
  const text = label[lang];
  return text ? { text, lang } : { text: label.vi, lang: 'vi' };
}
