/**
 * Phone numbers in text, as pure functions (no SvelteKit imports, so e2e/phone.test.ts runs them directly).
 *
 * - `linkPhoneNumbers`: the numbers in force (hotline, emergency) written in an article become tap-to-call links.
 * - `numberSuccessors` + `annotateOldNumbers`: an old number in historical text (a 2016 plan's "18001567") gets a
 *   "(nay là 111)" note. Which number replaced which comes from the API's effective-dated contacts: a number in
 *   force on the plan's start that is no longer in force today is followed by today's number of the same kind
 *   (one national hotline at a time). A number with no successor (an old support line) gets no note.
 */

/** What these functions need of a contact (the API's public.contacts rows). */
export interface ContactLike {
  kind: string;
  number: string;
  provinceCode?: string | undefined;
}

/** The digits of a phone number as written ("04.39719913" → "0439719913"). */
export function digitsOf(number: string): string {
  return number.replace(/\D/g, '');
}

/** A regular expression source matching `number` as written with or without spaces, dots or dashes. */
function numberPattern(number: string): string {
  const digits = digitsOf(number);
  // Not after another digit, nor after "Điều"/"khoản"/"Article" (a law's article 113 is not a phone number).
  return `(?<!\\d|\\d[.,]|(?:Điều|điều|Khoản|khoản|Article|article)\\s)${digits.split('').join('[ .\\-]?')}(?!\\d|[.,]\\d)`;
}

/** Longest first, so "1800 1567" is not matched as a shorter number inside it. */
function alternation(numbers: Iterable<string>): RegExp | null {
  const unique = [...new Set([...numbers].map(digitsOf).filter((d) => d.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (unique.length === 0) return null;
  return new RegExp(unique.map(numberPattern).join('|'), 'g');
}

/**
 * `html` (the API's escaped Markdown: tags and text, no raw HTML from authors) with every `numbers` occurrence in its
 * text — not inside a tag or an existing link — wrapped in `<a class="tel" href="tel:…">`.
 */
export function linkPhoneNumbers(html: string, numbers: Iterable<string>): string {
  const pattern = alternation(numbers);
  if (!pattern) return html;
  let inLink = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) inLink++;
        else if (/^<\/a\s*>/i.test(part)) inLink = Math.max(0, inLink - 1);
        return part;
      }
      if (inLink > 0) return part;
      return part.replace(pattern, (match) => `<a class="tel" href="tel:${digitsOf(match)}">${match}</a>`);
    })
    .join('');
}

/**
 * Old number (digits) → today's number, from the contacts in force `then` and `now`: a `then` number that is not in
 * force now is followed by the one number of its kind (and province) in force now; none or several → no successor.
 */
export function numberSuccessors(then: readonly ContactLike[], now: readonly ContactLike[]): Map<string, string> {
  const today = new Set(now.map((c) => digitsOf(c.number)));
  const successors = new Map<string, string>();
  for (const old of then) {
    const digits = digitsOf(old.number);
    if (today.has(digits)) continue;
    const same = now.filter((c) => c.kind === old.kind && (c.provinceCode ?? null) === (old.provinceCode ?? null));
    if (same.length === 1) successors.set(digits, same[0]!.number);
  }
  return successors;
}

/** Text with old numbers marked: plain pieces, and each old number with the number that replaced it. */
export type Annotated = { text: string } | { old: string; now: string };

export function annotateOldNumbers(text: string, successors: ReadonlyMap<string, string>): Annotated[] {
  const pattern = alternation(successors.keys());
  if (!pattern) return [{ text }];
  const out: Annotated[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const now = successors.get(digitsOf(match[0]));
    if (!now) continue;
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ old: match[0], now });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
