import type { Bundle, Lang } from './types';

export type Article = Bundle['articles'][number];

/** One article per slug in the chosen language, or in Vietnamese where that language has none yet. */
export function articlesFor(bundle: Bundle, lang: Lang): Article[] {
  const bySlug = new Map<string, Article>();
  for (const a of bundle.articles) {
    const have = bySlug.get(a.slug);
    if (a.lang === lang || (!have && a.lang === 'vi')) bySlug.set(a.slug, a);
  }
  return [...bySlug.values()].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

export function quizFor(bundle: Bundle, lang: Lang) {
  return bundle.quiz.find((q) => q.lang === lang) ?? bundle.quiz.find((q) => q.lang === 'vi') ?? null;
}

export function contactLabel(
  label: { vi: string; en?: string | undefined; km?: string | undefined },
  lang: Lang,
): string {
  return label[lang] ?? label.vi;
}
