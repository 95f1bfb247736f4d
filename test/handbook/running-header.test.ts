import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { winAnsiSafe } from '../../src/browser/pdf-header.ts';
import { topLevelOutline } from '../../src/browser/pdf-outline.ts';
import { printPdf } from '../../src/browser/pdf.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const session = new BrowserSession();
afterAll(() => session.close());

const long = Array.from({ length: 160 }, (_, i) => `<p>Paragraph ${i} of the long section.</p>`).join('');
const html = `<!doctype html><html lang="en"><body>
  <p>Cover</p>
  <section style="break-before: page"><h1>Intro – “quoted” ✓</h1><h2>Sub</h2><p>Short.</p></section>
  <section style="break-before: page"><h1>Long</h1>${long}</section>
  <section style="break-before: page"><h1>Last</h1><p>End.</p></section>
</body></html>`;

describe('running headers', () => {
  it('stamp each page with its section, from the outline, after a cover without one', async () => {
    const bytes = await printPdf(session, html, {
      title: 'T',
      headerTitle: 'Plan Ω',
      pageLabel: 'Page {page} of {total}',
      runningHeader: { sections: ['Intro – “quoted” ✓', 'Long', 'Last'], skipPages: 1 },
    });
    const doc = await PDFDocument.load(bytes);
    const outline = topLevelOutline(doc);
    expect(outline.map((e) => e.title)).toEqual(['Intro – “quoted” ✓', 'Long', 'Last']);
    const pdf = await readPdfText(bytes);
    const total = pdf.pages.length;
    expect(total).toBeGreaterThanOrEqual(5); // cover, intro, long (2+ pages), last
    expect(pdf.pages[0]).not.toContain('Plan');
    // WinAnsi has no Ω or ✓: they are dropped, the typographic dash and quotes stay.
    expect(pdf.pages[1]).toContain('Plan · Intro – “quoted”');
    const longStart = outline[1]!.pageIndex;
    const lastStart = outline[2]!.pageIndex;
    expect(lastStart - longStart).toBeGreaterThanOrEqual(2);
    for (let i = longStart; i < lastStart; i++) expect(pdf.pages[i], `page ${i + 1}`).toContain('Plan · Long');
    expect(pdf.pages[lastStart]).toContain('Plan · Last');
    for (const [i, text] of pdf.pages.entries()) expect(text).toContain(`Page ${i + 1} of ${total}`);
  });

  it('keeps only what the standard fonts can encode', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    expect(winAnsiSafe('Plan  Ω — Čas · Šest “Q4” ✓', font)).toBe('Plan — Cas · Šest “Q4”');
    expect(() => font.encodeText(winAnsiSafe('日本語 plan ŁŻ', font))).not.toThrow();
  });
});
