import { create, type Font } from 'fontkit';
import { PDFDict, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import { fontFileNamed } from '../core/typeface.ts';

/**
 * Characters Inter draws with one glyph, and the one a reader means. Chromium's PDF names a shared glyph by the
 * lowest code point in the font's cmap, so the apostrophe of "year’s" (U+2019, one glyph with U+02BC) copied out
 * as "yearʼs" and a closing quote as "ˮ". The other glyphs Inter shares (Ω/Ω, Δ/∆, ①/➀, ▶/►) already resolve to
 * the usual character.
 */
const MEANT = [0x2019, 0x201d, 0x03b9];

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/**
 * What the PDF's map from glyphs to text lacks for one face: the shared glyphs above, and the alternates with no
 * character of their own, or only a private-use one (Inter's brackets raised beside capitals, its tabular figures: `parenleft.case`,
 * `one.tf`), named by the glyph they vary (`parenleft`). Chromium leaves those out and wraps them in ActualText,
 * which pdf.js, and so Firefox's viewer, search and copy, ignore: "(Łódź)" copied out as " Łódź ".
 */
export function missingNames(font: Font): Map<number, number> {
  const byCode = new Map<number, number>();
  for (const code of font.characterSet) {
    // Private-use code points (Inter gives some alternates one) are no character to a reader.
    if (code >= 0xe000 && code <= 0xf8ff) continue;
    const id = font.glyphForCodePoint(code).id;
    if (!byCode.has(id)) byCode.set(id, code);
  }
  const names = new Map<string, number>();
  for (let id = 0; id < font.numGlyphs; id++) names.set(font.getGlyph(id).name, id);
  const missing = new Map<number, number>();
  for (const [name, id] of names) {
    if (byCode.has(id)) continue;
    const base = names.get(name.split('.')[0]!);
    const code = base === undefined ? undefined : byCode.get(base);
    if (code !== undefined) missing.set(id, code);
  }
  for (const code of MEANT) if (font.hasGlyphForCodePoint(code)) missing.set(font.glyphForCodePoint(code).id, code);
  return missing;
}

/** The CMap with entries for `names` added at its end (later entries win), in blocks of 100 as the format asks. */
export function withNames(cmap: string, names: ReadonlyMap<number, number>): string {
  const entries = [...names].map(([glyph, code]) => `<${hex(glyph)}> <${hex(code)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar\n`);
  }
  return cmap.replace(/endcmap/, `${blocks.join('')}endcmap`);
}

const perFace = new Map<string, Map<number, number> | undefined>();
function namesOf(postscriptName: string): Map<number, number> | undefined {
  if (!perFace.has(postscriptName)) {
    const bytes = fontFileNamed(postscriptName);
    perFace.set(postscriptName, bytes && missingNames(create(Buffer.from(bytes)) as Font));
  }
  return perFace.get(postscriptName);
}

/** Complete the ToUnicode map of every font of ours in the document (see missingNames). */
export function nameAllGlyphs(doc: PDFDocument): void {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    // A subset's name: a six-letter tag, "+", the face's PostScript name.
    const face = /^\/?(?:[A-Z]{6}\+)?(.+)$/.exec(String(object.lookup(PDFName.of('BaseFont'))))?.[1];
    const names = face === undefined ? undefined : namesOf(face);
    const ref = object.get(PDFName.of('ToUnicode'));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    if (!names || !(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder().decode(decodePDFRawStream(stream).decode());
    doc.context.assign(ref, doc.context.flateStream(withNames(cmap, names)));
  }
}
