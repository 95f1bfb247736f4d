/**
 * The paper the PDFs are printed on. The one default lives here: the config's default, Chromium's page size and
 * margins (pdf.ts), the print stylesheet's `@page` rule (pageRule, inlined before print.css) and the running
 * header's left edge all read it, so they cannot disagree.
 */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** A CSS length Chromium and the PDF printer both take: `18mm`, `1.5cm`, `0.75in`. */
export type Length = `${number}${'mm' | 'cm' | 'in'}`;
export const LENGTH_PATTERN = /^\d+(?:\.\d+)?(?:mm|cm|in)$/;

export interface Paper {
  size: PaperSize;
  margin: { top: Length; right: Length; bottom: Length; left: Length };
}

/** Each size's width, as Chromium prints it. */
const PAPER_WIDTHS: Record<PaperSize, Length> = { A4: '210mm', Letter: '8.5in' };

/** A4 with room for the running header above and the page numbers below (what print.css had before). */
export const DEFAULT_PAPER: Paper = {
  size: 'A4',
  margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' },
};

/** A paper setting with any part left out; a side set to undefined is left out too. */
export interface PaperSetting {
  size?: PaperSize | undefined;
  margin?: { [side in keyof Paper['margin']]?: Length | undefined } | undefined;
}

/**
 * Where Letter is the paper people print on: CLDR's supplemental paperSize data (territories of type US); the
 * rest of the world prints on A4.
 */
const LETTER_REGIONS = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** The paper a plan's readers have in their printers: Letter for en-US (and `en`, which means the US), else A4. */
export function paperSizeFor(locale: string | undefined): PaperSize {
  if (!locale) return DEFAULT_PAPER.size;
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return DEFAULT_PAPER.size;
  }
}

/** The paper with a partial setting (e.g. from the config file) filled in: the size from the plan's locale. */
export function paperOf(setting: PaperSetting = {}, locale?: string): Paper {
  const margin = setting.margin ?? {};
  const { top, right, bottom, left } = DEFAULT_PAPER.margin;
  return {
    size: setting.size ?? paperSizeFor(locale),
    margin: { top: margin.top ?? top, right: margin.right ?? right, bottom: margin.bottom ?? bottom, left: margin.left ?? left },
  };
}

/** The print stylesheet's page rule for this paper. */
export function pageRule(paper: Paper): string {
  const { top, right, bottom, left } = paper.margin;
  return `@page {\n  size: ${paper.size};\n  margin: ${top} ${right} ${bottom} ${left};\n}`;
}

const POINTS_PER: Record<string, number> = { mm: 72 / 25.4, cm: 72 / 2.54, in: 72 };

/** A length in PDF points (1/72 in), for drawing on the printed pages. */
export function toPoints(length: Length): number {
  const match = /^(\d+(?:\.\d+)?)(mm|cm|in)$/.exec(length);
  if (!match) throw new Error(`not a length: ${length}`);
  return Number(match[1]) * POINTS_PER[match[2]!]!;
}

/** The printed column's width in points: the paper's less its side margins. */
export function textWidth(paper: Paper): number {
  return toPoints(PAPER_WIDTHS[paper.size]) - toPoints(paper.margin.left) - toPoints(paper.margin.right);
}
