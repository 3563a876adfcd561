/**
 * Markdown → HTML for the public site, the kiosks and the admin preview.
 *
 * Why our own small renderer instead of a general Markdown library: the content format (prisma/data/content/README)
 * is a deliberate subset — `##`/`###` headings, paragraphs, `-` and `1.` lists, `**bold**`, `*italic*`, `>` quotes —
 * and every character of the source is escaped before any tag is added, so raw HTML, `javascript:` links or
 * images cannot pass by construction (nothing to configure, nothing to forget). Anything outside the subset is
 * shown as the text it is. Links are deliberately not rendered: the content rules forbid URLs (readers at risk
 * should not be sent to unknown sites).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Inline marks on already-escaped text: **bold**, *italic* (also _italic_). */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)(.+?)(?<=\S)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1<em>$2</em>');
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'h'; level: 2 | 3 | 4; text: string };

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    // `#` (a page has one h1: the title) is shown as h2; deeper levels are capped at h4.
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(4, Math.max(2, heading[1]!.length)) as 2 | 3 | 4;
      blocks.push({ kind: 'h', level, text: heading[2]!.replace(/\s+#+$/, '') });
      continue;
    }
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d{1,3}[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const kind = bullet ? 'ul' : 'ol';
      const open = current as Block | null;
      if (open?.kind !== kind) {
        flush();
        current = { kind, items: [] };
      }
      (current as unknown as { items: string[] }).items.push(item[1]!);
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      const open = current as Block | null;
      if (open?.kind !== 'quote') {
        flush();
        current = { kind: 'quote', lines: [] };
      }
      (current as unknown as { lines: string[] }).lines.push(quote[1]!);
      continue;
    }
    const open = current as Block | null;
    if (open && (open.kind === 'ul' || open.kind === 'ol') && /^\s+\S/.test(raw)) {
      // An indented continuation line belongs to the last list item.
      open.items[open.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (open?.kind !== 'p') {
      flush();
      current = { kind: 'p', lines: [] };
    }
    (current as unknown as { lines: string[] }).lines.push(line.trim());
  }
  flush();
  return blocks;
}

/** Safe HTML for a Markdown body (see the file comment for what is supported). */
export function renderMarkdown(source: string): string {
  return parseBlocks(source)
    .map((block) => {
      switch (block.kind) {
        case 'h':
          return `<h${block.level}>${inline(block.text)}</h${block.level}>`;
        case 'p':
          return `<p>${inline(block.lines.join(' '))}</p>`;
        case 'quote':
          return `<blockquote><p>${inline(block.lines.join(' '))}</p></blockquote>`;
        default:
          return `<${block.kind}>${block.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${block.kind}>`;
      }
    })
    .join('\n');
}

/** Plain text of a Markdown body (search index, snippets, meta descriptions). */
export function markdownToText(source: string): string {
  return source
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/\*\*|\*|(?<!\w)_|_(?!\w)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
