import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { cssString, pageMarginCss } from '../../src/browser/page-margins.ts';
import { topLevelOutline } from '../../src/browser/pdf-outline.ts';
import { printPdf } from '../../src/browser/pdf.ts';
import { inlineFontFaceCss } from '../../src/core/typeface.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const session = new BrowserSession();
afterAll(() => session.close());

const long = Array.from({ length: 160 }, (_, i) => `<p>Paragraph ${i} of the long section.</p>`).join('');
const page = (body: string) => `<!doctype html><html lang="en"><head><style>${inlineFontFaceCss()} body { font-family: Inter; }</style></head><body>${body}</body></html>`;
const html = page(`
  <section class="cover"><p>Cover</p></section>
  <section id="intro" style="break-before: page"><h1>Intro – “quoted” ✓</h1><h2>Sub</h2><p>Short.</p></section>
  <section id="long" style="break-before: page"><h1>Long</h1>${long}</section>
  <section id="last" style="break-before: page"><h1>Last</h1><p>End.</p></section>`);
const sections = [
  { id: 'intro', title: 'Intro – “quoted” ✓' },
  { id: 'long', title: 'Long' },
  { id: 'last', title: 'Last' },
];

/** The base names of the document's fonts and whether each carries its font program. */
function fonts(doc: PDFDocument): { name: string; embedded: boolean }[] {
  const found: { name: string; embedded: boolean }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const descriptor = object.lookup(PDFName.of('FontDescriptor'));
    if (!(descriptor instanceof PDFDict)) continue; // a Type0 font: its descendant carries the descriptor
    const file = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
    found.push({ name: String(object.lookup(PDFName.of('BaseFont'))), embedded: file });
  }
  return found;
}

describe('running headers and footers', () => {
  it('carry each section’s title on its pages, in the embedded typeface, any script intact; none on the cover', async () => {
    const bytes = await printPdf(session, html, {
      title: 'T',
      headerTitle: 'Mission → positioning (Łódź)',
      pageLabel: 'Page {page} of {total}',
      runningHeader: { sections, bare: '.cover' },
    });
    const doc = await PDFDocument.load(bytes);
    const outline = topLevelOutline(doc);
    expect(outline.map((e) => e.title)).toEqual(sections.map((s) => s.title));
    const pdf = await readPdfText(bytes);
    const total = pdf.pages.length;
    expect(total).toBeGreaterThanOrEqual(5); // cover, intro, long (2+ pages), last
    expect(pdf.pages[0]).not.toContain('Mission');
    expect(pdf.pages[0]).not.toContain('Page 1');
    expect(pdf.pages[1]).toContain('Mission → positioning (Łódź) · Intro – “quoted” ✓');
    const longStart = outline[1]!.pageIndex;
    const lastStart = outline[2]!.pageIndex;
    expect(lastStart - longStart).toBeGreaterThanOrEqual(2);
    for (let i = longStart; i < lastStart; i++) expect(pdf.pages[i], `page ${i + 1}`).toContain('(Łódź) · Long');
    expect(pdf.pages[lastStart]).toContain('(Łódź) · Last');
    for (const [i, text] of pdf.pages.entries()) if (i > 0) expect(text).toContain(`Page ${i + 1} of ${total}`);
    const used = fonts(doc);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((f) => !f.embedded)).toEqual([]);
    expect(used.every((f) => /Inter/.test(f.name)), used.map((f) => f.name).join(', ')).toBe(true);
  });

  it('cut a title too long for the line with an ellipsis, keeping the section, and a title cannot break out of the CSS', async () => {
    const title = `A plan </style><script>x</script> "quoted" \\ ${'very long words '.repeat(120)}`;
    const bytes = await printPdf(session, html, { title: 'T', headerTitle: title, runningHeader: { sections, bare: '.cover' } });
    const pdf = await readPdfText(bytes);
    const header = pdf.pages[1]!.split('\n')[0]!;
    expect(header).toMatch(/^A plan <\/style><script>x<\/script> "quoted" \\ very long words .*… · Intro – “quoted” ✓ ?$/);
    expect(header.length).toBeLessThan(200);
    expect(pdf.pages[1]).toContain('2 / ');
    expect(cssString('a"b\\c</style>\n')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e  "');
    expect(pageMarginCss({ headerTitle: '}@page{', sections: [{ id: 'x"]{', title: 't' }] })).not.toMatch(/[^\\]["}]@page\{/);
  });
});
