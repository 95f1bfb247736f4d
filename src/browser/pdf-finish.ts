import { PDFDocument } from 'pdf-lib';
import { setPdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import { pruneOutline } from './pdf-outline.ts';
import { renumberStructureIds } from './pdf-stable-ids.ts';
import { nameAllGlyphs } from './pdf-unicode.ts';

/**
 * Everything done to a PDF after Chromium printed it, in one pdf-lib load and one save: stable structure ids,
 * text that copies out as written (pdf-unicode.ts), bookmarks three levels deep, the document information. pdf-lib's parse and save are the slow part
 * (each about as long as printing a short handbook), so each PDF goes through them once.
 *
 * Decision: parsed and written in one go (pdf-lib's parseSpeed and objectsPerTick: Infinity), not in slices of
 * 100 and 50 objects with a timer between them: the slices only let other work in, and each timer tick costs time.
 */
export async function finishPdf(printed: Uint8Array | PDFDocument, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = printed instanceof PDFDocument ? printed : await loadPrinted(printed);
  renumberStructureIds(doc);
  nameAllGlyphs(doc);
  pruneOutline(doc);
  setPdfMetadata(doc, meta);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}

/** A printed PDF as pdf-lib reads it; the page-number passes read it too, and hand the last one on (pdf.ts). */
export function loadPrinted(printed: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(printed, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
}
