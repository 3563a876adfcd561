import type { Language } from '@pcmbn/domain';
import { z } from 'zod';
import type { Content } from '../generated/prisma/client.js';
import { substituteHotline } from './hotline.js';
import { renderMarkdown } from './markdown.js';

/**
 * Events are yearly observances (30/7), campaign windows (1/7–1/8) and one-off local events. Stored dates are
 * `MM-DD` for yearly ones (data.recurrence = 'yearly') or full `YYYY-MM-DD` for one-off ones; the public sees them
 * placed in a year. Admin-only events (data.audience = 'admin', e.g. the report deadline) never leave here.
 */
export const PublicEventSchema = z.object({
  slug: z.string(),
  lang: z.string(),
  kind: z.string(),
  title: z.string(),
  html: z.string(),
  /** YYYY-MM-DD in the year asked. */
  date: z.string(),
  window: z.object({ from: z.string(), to: z.string() }).optional(),
  peak: z.object({ from: z.string(), to: z.string() }).optional(),
  provinceCode: z.string().nullable(),
  articleSlug: z.string().optional(),
  fallback: z.boolean(),
  reviewNeeded: z.boolean(),
});
export type PublicEvent = z.infer<typeof PublicEventSchema>;

interface EventData {
  audience?: string;
  recurrence?: string;
  date?: string;
  window?: { from?: string; to?: string };
  peak?: { from?: string; to?: string };
  articleSlug?: string;
}

const dataOf = (row: Content): EventData =>
  row.data && typeof row.data === 'object' && !Array.isArray(row.data) ? row.data : {};

export function isPublicEvent(row: Content): boolean {
  return dataOf(row).audience !== 'admin';
}

function inYear(value: string | undefined, year: number): string | undefined {
  if (!value) return undefined;
  if (/^\d{2}-\d{2}$/.test(value)) return `${year}-${value}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The event as it happens in `year`, or null when a one-off event falls in another year. */
export function eventInYear(row: Content, year: number, asked: Language, hotline: string): PublicEvent | null {
  const data = dataOf(row);
  const date = inYear(data.date, year);
  if (!date || !date.startsWith(`${year}-`)) return null;
  const range = (r: EventData['window']) => {
    const from = inYear(r?.from, year);
    const to = inYear(r?.to, year);
    return from && to ? { from, to } : undefined;
  };
  const window = range(data.window);
  const peak = range(data.peak);
  return {
    slug: row.slug,
    lang: row.lang,
    kind: row.category ?? 'event',
    title: row.title,
    html: renderMarkdown(substituteHotline(row.body, hotline)),
    date: window?.from ?? date,
    ...(window ? { window } : {}),
    ...(peak ? { peak } : {}),
    provinceCode: row.provinceCode,
    ...(data.articleSlug ? { articleSlug: data.articleSlug } : {}),
    fallback: row.lang !== asked,
    reviewNeeded: row.reviewNeeded,
  };
}
