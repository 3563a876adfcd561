import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Content never writes the national hotline out: it says `{{hotline}}` and we put in the number in force on the
 * day asked (18001567 until 18/9/2025, 111 from 19/9/2025 — Nghị định 162/2025/NĐ-CP), taken from the
 * effective-dated contacts, so a number change is one row, not a rewrite of every article.
 */
export const HOTLINE_PLACEHOLDER = /\{\{\s*hotline\s*\}\}/g;

export function substituteHotline(text: string, hotline: string): string {
  return text.replace(HOTLINE_PLACEHOLDER, hotline);
}

/** Substitutes in every string of a JSON value (quiz questions, choices, explanations). */
export function substituteHotlineDeep<T>(value: T, hotline: string): T {
  if (typeof value === 'string') return substituteHotline(value, hotline) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => substituteHotlineDeep(v, hotline)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteHotlineDeep(v, hotline)])) as T;
  }
  return value;
}

/** The national hotline number in force on `asOf` (YYYY-MM-DD); null when none is recorded for that day. */
export async function nationalHotlineOn(db: DbClient, asOf: string): Promise<string | null> {
  const day = toDbDate(asOf);
  const row = await db.contact.findFirst({
    where: {
      kind: 'national_hotline',
      provinceCode: null,
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: day } }] },
        { OR: [{ validTo: null }, { validTo: { gte: day } }] },
      ],
    },
    orderBy: [{ validFrom: 'desc' }],
    select: { number: true },
  });
  return row?.number ?? null;
}
