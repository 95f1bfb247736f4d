import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page as laid out: its body's text lines (top to bottom, running header and footer left out) and how far down they reach. */
export interface PageLayout {
  /** 1-based. */
  number: number;
  lines: string[];
  /** Where the body's last text ends, as a share of the body's height (0 empty, 1 full). */
  textExtent: number;
}

export interface OutlineItem {
  title: string;
  depth: number;
  /** 1-based page the bookmark opens; undefined when its destination is not found. */
  page: number | undefined;
}

export interface PdfLayout {
  pages: PageLayout[];
  outline: OutlineItem[];
}

interface Node {
  title: string;
  dest: string | unknown[] | null;
  items: Node[];
}

const MM = 72 / 25.4;

/** A line's parts, a space between two unless the second starts where the first ends (a glyph in a run of its own). */
function joinParts(parts: { x: number; str: string; end: number; size: number }[]): string {
  let text = '';
  parts.forEach((part, i) => {
    const before = parts[i - 1];
    const gap = before ? part.x - before.end : Number.POSITIVE_INFINITY;
    text += (before && gap > -part.size * 0.3 && gap < part.size * 0.1 ? '' : ' ') + part.str;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** The PDF read back for its layout: margins are the default paper's (18 mm top, 20 mm bottom). */
export async function readPdfLayout(bytes: Uint8Array, margins = { top: 18 * MM, bottom: 20 * MM }): Promise<PdfLayout> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , , height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const rows = new Map<number, { x: number; str: string; end: number; size: number }[]>();
      let lowest = height;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x, y] = item.transform as number[];
        if (y === undefined || x === undefined) continue;
        if (y > height - margins.top || y < margins.bottom) continue; // header and footer
        const key = Math.round(y);
        const [a = 0, b = 0] = item.transform as number[];
        rows.set(key, [...(rows.get(key) ?? []), { x, str: item.str, end: x + item.width, size: Math.hypot(a, b) }]);
        lowest = Math.min(lowest, y);
      }
      const lines = [...rows.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, parts]) => joinParts(parts.sort((a, b) => a.x - b.x)));
      const body = height - margins.top - margins.bottom;
      pages.push({ number: n, lines, textExtent: rows.size ? (height - margins.top - lowest) / body : 0 });
    }
    const outline: OutlineItem[] = [];
    const walk = async (nodes: Node[] | null, depth: number) => {
      for (const node of nodes ?? []) {
        const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
        const ref = dest?.[0];
        const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as { num: number; gen: number })) + 1 : undefined;
        outline.push({ title: node.title, depth, page });
        await walk(node.items, depth + 1);
      }
    };
    await walk((await doc.getOutline()) as Node[] | null, 1);
    return { pages, outline };
  } finally {
    await doc.destroy();
  }
}

/** A contents entry as printed: its title and the page number beside it. */
export interface ContentsEntry {
  title: string;
  page: number;
}

/**
 * The entries of a contents that starts on page `first` (1-based) and runs until the first chapter's bookmark: each
 * line "title … n" (leaders are drawn, not text), a chapter's "1. " left off.
 */
export function contentsEntries(layout: PdfLayout, first = 2): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  const chapter = Math.min(...layout.outline.map((item) => item.page ?? 0).filter((page) => page > first));
  for (const page of layout.pages.slice(first - 1, chapter - 1)) {
    const found = page.lines.map((line) => /^(?:\d+\. )?(.+?) (\d+)$/.exec(line)).filter((m) => m !== null);
    if (!found.length) break;
    entries.push(...found.map((m) => ({ title: m[1]!, page: Number(m[2]) })));
  }
  return entries;
}

/**
 * Each entry's page against the page its heading's bookmark opens, matched in order (a title may come twice):
 * the entries whose number is wrong, or whose heading has no bookmark after the previous one's.
 */
export function misnumberedEntries(layout: PdfLayout, entries: ContentsEntry[]): string[] {
  const wrong: string[] = [];
  let at = 0;
  for (const entry of entries) {
    const index = layout.outline.findIndex((item, i) => i >= at && item.title === entry.title);
    if (index < 0) {
      wrong.push(`${entry.title}: no bookmark`);
      continue;
    }
    at = index + 1;
    const actual = layout.outline[index]!.page;
    if (actual !== entry.page) wrong.push(`${entry.title}: contents says ${entry.page}, the heading is on ${actual}`);
  }
  return wrong;
}
