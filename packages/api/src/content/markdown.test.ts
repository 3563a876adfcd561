import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown.js';
import { substituteHotline, substituteHotlineDeep } from './hotline.js';

describe('renderMarkdown', () => {
  it('renders the content subset', () => {
    const html = renderMarkdown('## Đầu đề\n\nMột **đậm** và *nghiêng*.\n\n- một\n- hai\n\n1. a\n2. b\n\n> trích dẫn');
    expect(html).toBe(
      '<h2>Đầu đề</h2>\n<p>Một <strong>đậm</strong> và <em>nghiêng</em>.</p>\n<ul><li>một</li><li>hai</li></ul>\n<ol><li>a</li><li>b</li></ol>\n<blockquote><p>trích dẫn</p></blockquote>',
    );
  });

  it('lets no raw HTML, attribute or link through', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) <a href="x">y</a>\n\n**<b>x</b>**',
    );
    expect(html).not.toMatch(/<img|<a |<b>|javascript:[^<]*<\/a>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
  });

  it('a single # becomes h2 (the page title is the only h1)', () => {
    expect(renderMarkdown('# Tiêu đề')).toBe('<h2>Tiêu đề</h2>');
  });

  it('plain text for search and descriptions', () => {
    expect(markdownToText('## A\n\n- **b** c\n> d')).toBe('A b c d');
  });
});

describe('hotline substitution', () => {
  it('replaces every {{hotline}}, deep in JSON too', () => {
    expect(substituteHotline('Gọi {{hotline}} hoặc {{ hotline }}', '111')).toBe('Gọi 111 hoặc 111');
    expect(substituteHotlineDeep({ q: [{ text: '{{hotline}}', n: 1 }] }, '18001567')).toEqual({
      q: [{ text: '18001567', n: 1 }],
    });
  });
});
