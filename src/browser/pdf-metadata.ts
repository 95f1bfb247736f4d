import { PDFDocument } from 'pdf-lib';
import { renumberStructureIds } from './pdf-stable-ids.ts';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  /** BCP 47, e.g. en-US: screen readers pick their voice from it. */
  language?: string;
  /** For reproducible output; defaults to now. */
  creationDate?: Date | undefined;
}

/**
 * Rewrite the document information Chromium left (it has no title option and stamps the time of printing).
 * The same input and creationDate give the same bytes.
 */
export async function writePdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  renumberStructureIds(doc);
  const date = meta.creationDate ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.language) doc.setLanguage(meta.language);
  doc.setProducer('salesplan');
  doc.setCreator('salesplan (Chromium)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save();
}
