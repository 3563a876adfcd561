import { orderBySchedule, type Language } from '@pcmbn/domain';
import type { Bundle } from './types';

export type Article = Bundle['articles'][number];

/**
 * One article per slug in the chosen language, or in Vietnamese where that language has none yet; those inside
 * their schedule's window at `now` (the kiosk's own clock, so it works offline) first.
 */
export function articlesFor(bundle: Bundle, lang: Language, now = new Date()): Article[] {
  const bySlug = new Map<string, Article>();
  for (const a of bundle.articles) {
    const have = bySlug.get(a.slug);
    if (a.lang === lang || (!have && a.lang === 'vi')) bySlug.set(a.slug, a);
  }
  const sorted = [...bySlug.values()].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  // A bundle kept from before schedules existed has none.
  return orderBySchedule(sorted, now);
}

export function quizFor(bundle: Bundle, lang: Language) {
  return bundle.quiz.find((q) => q.lang === lang) ?? bundle.quiz.find((q) => q.lang === 'vi') ?? null;
}
