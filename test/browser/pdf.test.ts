import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { FAKE_ORIGIN } from '../../src/browser/offline.ts';
import { printPdf } from '../../src/browser/pdf.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const session = new BrowserSession();
afterAll(() => session.close());

const chapter = (n: number, extra = '') => `
  <section style="break-before: page">
    <h1>Chapter ${n}</h1>
    <p>Body text of chapter ${n}. ${extra}</p>
    <h2>Details ${n}</h2>
    <p>More text.</p>
  </section>`;

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ignored</title>
  <link rel="stylesheet" href="assets/print.css"></head><body>
  ${chapter(1, '<img src="https://example.com/logo.png" alt="">')}${chapter(2)}${chapter(3, '<span class="marked">Styled by a routed stylesheet.</span>')}
  </body></html>`;

const creationDate = new Date('2026-10-01T09:00:00Z');
const options = {
  title: 'Acme Q4 sales plan',
  author: 'Jane Doe',
  subject: 'Acme: sales plan 2026-Q4',
  language: 'en-US',
  headerTitle: 'Acme Q4 <sales> plan',
  creationDate,
  routes: (url: string) =>
    url === `${FAKE_ORIGIN}assets/print.css` ? { body: '.marked { font-weight: bold; }', contentType: 'text/css' } : undefined,
};

describe('printPdf', () => {
  it('prints A4 pages with the content, header, page numbers, bookmarks and metadata', async () => {
    const blocked: string[] = [];
    const bytes = await printPdf(session, html, { ...options, onBlocked: (urls) => blocked.push(...urls) });
    const pdf = await readPdfText(bytes);

    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages[0]).toContain('Body text of chapter 1.');
    expect(pdf.pages[2]).toContain('Styled by a routed stylesheet.');
    pdf.pages.forEach((text, i) => {
      expect(text).toContain('Acme Q4 <sales> plan');
      expect(text).toMatch(new RegExp(`\\b${i + 1} / 3\\b`));
    });
    expect(pdf.outline).toEqual(['Chapter 1', 'Details 1', 'Chapter 2', 'Details 2', 'Chapter 3', 'Details 3']);
    expect(pdf.info).toMatchObject({
      Title: 'Acme Q4 sales plan',
      Author: 'Jane Doe',
      Subject: 'Acme: sales plan 2026-Q4',
      Producer: 'salesplan',
      CreationDate: 'D:20261001090000Z',
      ModDate: 'D:20261001090000Z',
    });
    expect(pdf.language).toBe('en-US');
    expect(blocked).toEqual(['https://example.com/logo.png']);
  });

  it('gives the same bytes for the same input and creation date', async () => {
    const [a, b] = [await printPdf(session, html, options), await printPdf(session, html, options)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
