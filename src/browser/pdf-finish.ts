import { PDFDocument } from 'pdf-lib';
import { stampRunningHeaders, type RunningHeaderOptions } from './pdf-header.ts';
import { setPdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import { renumberStructureIds } from './pdf-stable-ids.ts';

/**
 * Everything done to a PDF after Chromium printed it, in one pdf-lib load and one save: stable structure ids, the
 * running header (read from the outline), the document information. pdf-lib's parse and save are the slow part
 * (each about as long as printing a short handbook), so each PDF goes through them once.
 *
 * Decision: parsed and written in one go (pdf-lib's parseSpeed and objectsPerTick: Infinity), not in slices of
 * 100 and 50 objects with a timer between them: the slices only let other work in, and each timer tick costs time.
 */
export async function finishPdf(printed: Uint8Array, meta: PdfMetadata, runningHeader?: RunningHeaderOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
  renumberStructureIds(doc);
  if (runningHeader) await stampRunningHeaders(doc, runningHeader);
  setPdfMetadata(doc, meta);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
