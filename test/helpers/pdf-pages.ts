import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One printed line: its text items joined, their largest font size (pt) and baseline from the page's top. */
export interface PrintedLine {
  text: string;
  size: number;
  top: number;
}

/** A page as a reader sees it: the lines between the running header and the footer, and how full it is. */
export interface PrintedPage {
  lines: PrintedLine[];
  /** How far down the page's body the last line reaches, 0-1. */
  fill: number;
}

/** Header and footer sit in the top and bottom margins: lines within this many points of an edge are not body. */
const EDGE = 45;

export async function readPages(bytes: Uint8Array): Promise<PrintedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PrintedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.view[3]! - page.view[1]!;
      const byLine = new Map<number, { text: { x: number; str: string }[]; size: number }>();
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const exact = height - item.transform[5]!;
        if (exact < EDGE || exact > height - EDGE) continue;
        // Items of one line may sit a point apart (a bold title, a regular number): one line within 2 pt.
        const top = [...byLine.keys()].find((t) => Math.abs(t - exact) <= 2) ?? Math.round(exact);
        const line = byLine.get(top) ?? { text: [], size: 0 };
        line.text.push({ x: item.transform[4]!, str: item.str });
        line.size = Math.max(line.size, Math.abs(item.transform[3]!));
        byLine.set(top, line);
      }
      const lines = [...byLine.entries()].sort(([a], [b]) => a - b).map(([top, l]) => ({ top, size: l.size, text: l.text.sort((a, b) => a.x - b.x).map((t) => t.str).join(' ') }));
      const last = lines.at(-1)?.top ?? EDGE;
      pages.push({ lines, fill: (last - EDGE) / (height - 2 * EDGE) });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** A page whose body is a heading and nothing else (large type, at most two lines). */
export const onlyHeading = (page: PrintedPage): boolean => page.lines.length > 0 && page.lines.length <= 2 && page.lines.every((l) => l.size >= 12);
