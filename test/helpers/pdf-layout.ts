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

/** The PDF read back for its layout: margins are the default paper's (18 mm top, 20 mm bottom). */
export async function readPdfLayout(bytes: Uint8Array, margins = { top: 18 * MM, bottom: 20 * MM }): Promise<PdfLayout> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , , height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const rows = new Map<number, { x: number; str: string }[]>();
      let lowest = height;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x, y] = item.transform as number[];
        if (y === undefined || x === undefined) continue;
        if (y > height - margins.top || y < margins.bottom) continue; // header and footer
        const key = Math.round(y);
        rows.set(key, [...(rows.get(key) ?? []), { x, str: item.str }]);
        lowest = Math.min(lowest, y);
      }
      const lines = [...rows.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, parts]) => parts.sort((a, b) => a.x - b.x).map((p) => p.str).join(' ').replace(/\s+/g, ' ').trim());
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
