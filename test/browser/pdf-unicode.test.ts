import { create, type Font } from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { printPdf } from '../../src/browser/pdf.ts';
import { missingNames, withNames } from '../../src/browser/pdf-unicode.ts';
import { fontFileNamed, inlineFontFaceCss } from '../../src/core/typeface.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const session = new BrowserSession();
afterAll(() => session.close());

describe('text in the embedded typeface copies out as written', () => {
  it('an apostrophe, closing quotes and Greek iota, which Inter draws with the glyph of another character', async () => {
    const text = 'The year’s “best” quarter: ι, Ω, Δ, ① and ▶.';
    const html = `<!doctype html><html lang="en"><head><style>${inlineFontFaceCss()} body { font-family: Inter; }</style></head><body><p>${text}</p><p><b>${text}</b></p></body></html>`;
    const pdf = await readPdfText(await printPdf(session, html, { title: 'T', headerTitle: 'Plan’s “header”' }));
    expect(pdf.pages[0]).toContain(text);
    expect(pdf.pages[0]!.split(text)).toHaveLength(3);
    expect(pdf.pages[0]).toContain('Plan’s “header”');
  });

  it('brackets beside capitals and tabular figures, glyphs with no character of their own, copy out as what they vary', async () => {
    const text = '(ŁÓDŹ) [ABC] {Q4}';
    const html = `<!doctype html><html lang="en"><head><style>${inlineFontFaceCss()} body { font-family: Inter; } p { font-variant-numeric: tabular-nums; }</style></head><body><h1>${text}</h1><p>0123456789 (X)</p></body></html>`;
    const pdf = await readPdfText(await printPdf(session, html, { title: 'T', headerTitle: `Header ${text}` }));
    expect(pdf.pages[0]).toContain(`Header ${text}`);
    expect(pdf.pages[0]).toContain(`\n${text}`);
    expect(pdf.pages[0]).toContain('0123456789 (X)');
  });

  it('names each glyph the font maps no character to by its base glyph, and the shared ones by the character meant', () => {
    const font = create(Buffer.from(fontFileNamed('Inter-Regular')!)) as Font;
    const names = missingNames(font);
    const id = (code: number) => font.glyphForCodePoint(code).id;
    expect(names.get(id(0x2019))).toBe(0x2019);
    const caseParen = [...names].find(([glyph]) => font.getGlyph(glyph).name === 'parenleft.case');
    expect(caseParen?.[1]).toBe(0x28);
    const cmap = '1 beginbfchar\n<0001> <0041>\nendbfchar\nendcmap';
    expect(withNames(cmap, new Map([[0x5cb, 0x2019]]))).toBe('1 beginbfchar\n<0001> <0041>\nendbfchar\n1 beginbfchar\n<05CB> <2019>\nendbfchar\nendcmap');
    const many = withNames(cmap, new Map(Array.from({ length: 150 }, (_, i) => [i + 2, 0x41] as [number, number])));
    expect(many.match(/\d+ beginbfchar/g)).toEqual(['1 beginbfchar', '100 beginbfchar', '50 beginbfchar']);
  });
});
