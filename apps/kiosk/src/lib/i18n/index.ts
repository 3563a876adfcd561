import type { Language } from '@pcmbn/domain';
import { en } from './en';
import { km } from './km';
import { vi, type Messages } from './vi';

export type { Messages };

/** Every language has a dictionary: a language added to the domain's `LANGUAGES` and missing here fails to compile. */
const DICTIONARIES: Record<Language, Messages> = { vi, en, km };

export function messages(lang: Language): Messages {
  return DICTIONARIES[lang];
}
