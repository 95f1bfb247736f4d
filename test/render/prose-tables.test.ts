import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { proseToHtml } from '../../src/render/prose-html.ts';

const html = (markdown: string, policy: 'sanitized' | 'trusted' = 'sanitized') =>
  proseToHtml(unified().use(remarkParse).use(remarkGfm).parse(markdown), policy).html;

describe('author tables', () => {
  const md = ['## The *Nordic* `tiers`', '', '| Tier | Rate **now** | Owner |', '|---|---|---|', '| A | 30% | Ana |', ''].join('\n');

  it('sit in a scroll box named after the heading above them, its text whole', () => {
    for (const policy of ['sanitized', 'trusted'] as const) {
      expect(html(md, policy)).toContain('<div class="table-wrap" role="region" tabindex="0" aria-label="The Nordic tiers"><table class="data stack">');
    }
  });

  it('give each body cell its column name, the first cell the row title', () => {
    const out = html(md);
    expect(out).toContain('<td class="row-title">A</td>');
    expect(out).toContain('<td data-label="Rate now">30%</td>');
    expect(out).toContain('<td data-label="Owner">Ana</td>');
  });

  it('stay tables on a phone with two columns, and are named by their first column without a heading', () => {
    const out = html(['| Term | Meaning |', '|---|---|', '| ARR | Annual recurring revenue |', ''].join('\n'));
    expect(out).toContain('aria-label="Term"><table class="data">');
  });
});
