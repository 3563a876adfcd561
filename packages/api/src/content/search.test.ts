import { describe, expect, it } from 'vitest';
import { SearchIndex, searchContent, type SearchDoc } from './search.js';

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

describe('SearchIndex (built once per content version)', () => {
  const more: SearchDoc[] = [
    ...docs,
    {
      slug: 'mbn',
      kind: 'article',
      category: 'law',
      title: 'Tội mua bán người',
      summary: null,
      text: 'Mua bán người là tội phạm nghiêm trọng. Gọi đường dây nóng 111.',
    },
    {
      slug: 'km',
      kind: 'article',
      category: 'help',
      title: 'ហៅទូរសព្ទខ្សែបន្ទាន់',
      summary: null,
      // "Human trafficking is a crime" — Khmer writes no spaces between words.
      text: 'ការជួញដូរមនុស្សគឺជាឧក្រិដ្ឋកម្ម។ សូមហៅលេខ 111។',
    },
    {
      slug: 'en',
      kind: 'article',
      category: 'help',
      title: 'Call the Hotline',
      summary: 'Free, confidential, day and night',
      text: 'Human trafficking victims can call 111 at any time.',
    },
  ];
  const index = new SearchIndex(more);

  it('finds accented Vietnamese from a query without diacritics', () => {
    expect(index.search('mua ban nguoi').map((h) => h.slug)).toEqual(['mbn']);
    expect(index.search('MUA BÁN NGƯỜI').map((h) => h.slug)).toEqual(['mbn']);
    expect(index.search('mua ban nguoi')[0]!.snippet).toContain('Mua bán người');
  });

  it('finds Khmer words inside unspaced Khmer text', () => {
    expect(index.search('ជួញដូរមនុស្ស').map((h) => h.slug)).toEqual(['km']);
    expect(index.search('ខ្សែបន្ទាន់').map((h) => h.slug)).toEqual(['km']);
    expect(index.search('ជួញដូរ')[0]!.snippet).toContain('ការជួញដូរមនុស្ស');
  });

  it('finds English whatever the case, and whole words only', () => {
    expect(index.search('hotline').map((h) => h.slug)).toEqual(['en']);
    expect(index.search('TRAFFICKING victims').map((h) => h.slug)).toEqual(['en']);
    expect(index.search('traffic')).toEqual([]);
  });

  it('answers as the plain scan does', () => {
    for (const q of ['lua dao', 'luong cao nan nhan', 'LUẬT', '111', 'goi', ' ']) {
      expect(index.search(q), q).toEqual(searchContent(more, q));
    }
  });
});
