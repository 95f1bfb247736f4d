import { StandardFonts, rgb } from 'pdf-lib';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { DEFAULT_PAPER, toPoints } from '../core/paper.ts';
import { topLevelOutline } from './pdf-outline.ts';

/** Where the running header goes: the same size, colour and side margin as Chromium's footer (see pdf.ts). */
export const HEADER_STYLE = {
  fontSize: 8,
  /** Distance from the page's left edge, in points: the default paper's left margin (pass `left` for another). */
  left: toPoints(DEFAULT_PAPER.margin.left),
  /**
   * Baseline distance from the top edge, in points: where Chromium puts its own header text (measured: 22.5 pt),
   * the mirror of the footer, whose baseline sits 16.9 pt above the bottom edge with its capitals 5.7 pt high.
   */
  top: 22.5,
  grey: 0x55 / 255,
} as const;

export interface RunningHeaderOptions {
  planTitle: string;
  /** Top-level bookmark titles that start a section; other bookmarks (e.g. the contents) keep the previous one. */
  sections: string[];
  /** Pages at the start that get no header at all (the cover). */
  skipPages?: number;
  /** Distance from the left edge in points: the paper's left margin, where Chromium's footer starts too. */
  left?: number;
}

/**
 * Keep only what the standard fonts' WinAnsi encoding can show: typographic quotes and dashes stay (WinAnsi has
 * them), anything else becomes its closest ASCII or is dropped, so pdf-lib never throws on a plan's title.
 */
export function winAnsiSafe(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.normalize('NFC')]
    .map((char) => {
      if (supported.has(char.codePointAt(0) ?? 0)) return char;
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (base && [...base].every((c) => supported.has(c.codePointAt(0) ?? 0))) return base;
      return /\s/.test(char) ? ' ' : '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Shorten text with an ellipsis until it fits the width: the longest prefix that fits, found by halving (a few
 * measurements, not one per character dropped: cutting a 2,000-character title one character at a time measured
 * the whole line 2,000 times per page and made a PDF take over a minute).
 */
export function fitText(text: string, font: Pick<PDFFont, 'widthOfTextAtSize'>, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const fits = (n: number) => font.widthOfTextAtSize(`${text.slice(0, n)}\u2026`, size) <= width;
  // Invariant: a prefix of `low` characters fits (or low is 1, the shortest the cut goes), `high` does not.
  let [low, high] = [1, text.length];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return `${text.slice(0, low).trimEnd()}\u2026`;
}

/**
 * Stamp "plan title · section title" at the top of every page. Chromium's header template cannot know which
 * section a page belongs to, but the printed outline can: each section's bookmark gives its first page, and the
 * section runs until the next one starts. Draws on the loaded document (saved by the caller, see pdf-finish.ts);
 * returns the section title each page got (undefined: no header).
 */
export async function stampRunningHeaders(doc: PDFDocument, opts: RunningHeaderOptions): Promise<(string | undefined)[]> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const wanted = new Set(opts.sections);
  const starts = topLevelOutline(doc).filter((entry) => wanted.has(entry.title));
  const skip = opts.skipPages ?? 0;
  const planTitle = winAnsiSafe(opts.planTitle, font);
  const { fontSize, top, grey } = HEADER_STYLE;
  const left = opts.left ?? HEADER_STYLE.left;
  // Every page of a section has the same line: fit it once.
  const fitted = new Map<string, string>();
  const headers = doc.getPages().map((page, i) => {
    if (i < skip) return undefined;
    const section = starts.filter((s) => s.pageIndex <= i).at(-1)?.title;
    const sectionText = section === undefined || section === opts.planTitle ? '' : winAnsiSafe(section, font);
    const line = sectionText ? `${planTitle} \u00B7 ${sectionText}` : planTitle;
    const { width, height } = page.getSize();
    const key = `${width}\u0000${line}`;
    const text = fitted.get(key) ?? fitText(line, font, fontSize, width - 2 * left);
    fitted.set(key, text);
    page.drawText(text, { x: left, y: height - top, size: fontSize, font, color: rgb(grey, grey, grey) });
    return section;
  });
  return headers;
}
