import { normaliseVietnamese } from '@pcmbn/domain';
import { markdownToText } from './markdown.js';

/**
 * Diacritic-insensitive search over published content ("lua dao" finds "lừa đảo"). The corpus is small (tens of
 * articles per language), so it is scanned in memory: no index to keep in step with edits.
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

/**
 * Every term must occur (in any field). Score: a phrase match of the whole query in the title 20, each term in
 * the title 10, in the summary 4, in the body 1 per occurrence (capped at 5); ties by title.
 */
export function searchContent(docs: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const phrase = terms.join(' ');
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const title = normaliseVietnamese(doc.title);
    const summary = normaliseVietnamese(doc.summary ?? '');
    const folded = foldKeepingPositions(doc.text);
    let score = terms.length > 1 && wordAt(title, phrase) !== -1 ? 20 : 0;
    let all = true;
    for (const term of terms) {
      const inTitle = wordAt(title, term) !== -1;
      const inSummary = wordAt(summary, term) !== -1;
      const inBody = Math.min(5, countOf(folded, term));
      if (!inTitle && !inSummary && inBody === 0) {
        all = false;
        break;
      }
      score += (inTitle ? 10 : 0) + (inSummary ? 4 : 0) + inBody;
    }
    if (!all) continue;
    hits.push({
      slug: doc.slug,
      kind: doc.kind,
      category: doc.category,
      title: doc.title,
      summary: doc.summary,
      score,
      snippet: snippetOf(doc.text, folded, terms),
    });
  }
  return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'vi')).slice(0, limit);
}

export { markdownToText };
