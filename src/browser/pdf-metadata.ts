import type { PDFDocument } from 'pdf-lib';

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
 * Rewrite the document information Chromium left (it has no title option and stamps the time of printing), on the
 * loaded document (saved by the caller, see pdf-finish.ts). The same input and creationDate give the same bytes.
 */
export function setPdfMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  const date = meta.creationDate ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.language) doc.setLanguage(meta.language);
  doc.setProducer('salesplan');
  doc.setCreator('salesplan (Chromium)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}
