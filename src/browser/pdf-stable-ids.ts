import { PDFArray, PDFDict, PDFHexString, PDFStream, PDFString } from 'pdf-lib';
import type { PDFDocument, PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

/**
 * Chromium names the structure elements of a tagged PDF after the renderer's DOM node ids (`node00000085`).
 * That counter runs across every page the renderer process has shown, so the same document printed after a
 * diagram page that made a few more or fewer nodes gets other ids, and other bytes. Renumber them from 1, in
 * their original order (the IDTree's keys stay sorted), wherever Chromium writes them: /ID, /Headers, and the
 * IDTree's /Names keys and /Limits.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const found = new Set<number>();
  walk(doc, (text) => {
    const m = NODE_ID.exec(text);
    if (m?.[1]) found.add(Number(m[1]));
    return undefined;
  });
  if (found.size === 0) return;
  const renamed = new Map([...found].sort((a, b) => a - b).map((n, i) => [n, `node${String(i + 1).padStart(8, '0')}`]));
  walk(doc, (text) => {
    const m = NODE_ID.exec(text);
    return m?.[1] ? renamed.get(Number(m[1])) : undefined;
  });
}

/** Calls `rename` on every id-bearing string; a returned text replaces it. */
function walk(doc: PDFDocument, rename: (text: string) => string | undefined): void {
  const seen = new Set<PDFObject>();
  const swap = (value: PDFObject | undefined): PDFString | undefined => {
    if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
    const next = rename(value.decodeText());
    return next === undefined ? undefined : PDFString.of(next);
  };
  const visit = (obj: PDFObject | undefined): void => {
    if (!obj || seen.has(obj)) return;
    seen.add(obj);
    if (obj instanceof PDFStream) {
      visit(obj.dict);
      return;
    }
    if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) {
        const name = key.decodeText();
        const replaced = name === 'ID' ? swap(value) : undefined;
        if (replaced) obj.set(key, replaced);
        else if (value instanceof PDFArray && (name === 'Headers' || name === 'Names' || name === 'Limits')) {
          for (let i = 0; i < value.size(); i++) {
            if (name === 'Names' && i % 2 === 1) continue;
            const item = swap(value.get(i));
            if (item) value.set(i, item);
          }
        } else visit(value);
      }
      return;
    }
    if (obj instanceof PDFArray) for (const item of obj.asArray()) visit(item);
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) visit(obj);
}
