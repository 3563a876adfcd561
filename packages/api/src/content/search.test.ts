import { describe, expect, it } from 'vitest';
import { searchContent, type SearchDoc } from './search.js';

const docs: SearchDoc[] = [
  {
    slug: 'a',
    kind: 'article',
    category: 'tactics',
    title: 'Việc nhẹ lương cao',
    summary: 'Lời mời lừa đảo',
    text: 'Kẻ xấu hứa việc nhẹ lương cao để lừa đảo người lao động.',
  },
  {
    slug: 'b',
    kind: 'article',
    category: 'law',
    title: 'Luật 2024',
    summary: null,
    text: 'Nạn nhân bị lừa đảo được hỗ trợ.',
  },
  { slug: 'c', kind: 'article', category: 'help', title: 'Gọi trợ giúp', summary: null, text: 'Gọi 111.' },
];

describe('searchContent', () => {
  it('ignores diacritics and ranks title and summary above body', () => {
    const hits = searchContent(docs, 'lua dao');
    expect(hits.map((h) => h.slug)).toEqual(['a', 'b']);
    expect(hits[1]!.snippet).toContain('lừa đảo');
  });

  it('needs every term; short and empty queries give nothing', () => {
    expect(searchContent(docs, 'luong cao nan nhan')).toEqual([]);
    expect(searchContent(docs, ' ')).toEqual([]);
    expect(searchContent(docs, 'LUẬT').map((h) => h.slug)).toEqual(['b']);
  });
});
