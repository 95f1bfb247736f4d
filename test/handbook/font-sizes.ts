import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedText {
  page: number;
  text: string;
  /** The printed size in points: the text matrix's vertical scale, so SVG scaling and page shrinking count. */
  size: number;
}

/** Every non-blank text run of a PDF with the size it prints at. */
export async function printedTextSizes(bytes: Uint8Array): Promise<PrintedText[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const runs: PrintedText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , c = 0, d = 0] = item.transform as number[];
        runs.push({ page: n, text: item.str, size: Math.hypot(c, d) });
      }
    }
    return runs;
  } finally {
    await doc.destroy();
  }
}
