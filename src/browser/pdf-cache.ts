import { createHash } from 'node:crypto';
import path from 'node:path';
import { codeFingerprint } from '../core/code-fingerprint.ts';
import type { PrintOptions } from './pdf.ts';
import { readSealed, writeSealed, type OnCacheDamage } from '../write/index.ts';

/**
 * Everything a printed PDF depends on: the HTML (which inlines its CSS and diagrams), the code that prints and
 * finishes it, and the print options,
 * creation date included. Callbacks and routes are left out: routes serve assets the HTML names, so a plan
 * that uses them should put a digest of those assets into `extra`.
 */
export function pdfCacheKey(html: string, opts: PrintOptions, extra: unknown = null): string {
  const { title, author, subject, language, creationDate, headerTitle, runningHeader, pageLabel, paper, pageNumbers } = opts;
  const material = JSON.stringify({
    code: codeFingerprint(),
    html,
    options: { title, author, subject, language, creationDate: creationDate?.toISOString(), headerTitle, runningHeader, pageLabel, paper, pageNumbers },
    extra,
  });
  return createHash('sha256').update(material).digest('hex');
}

/** Printed PDFs by key, under <cacheDir>/pdf/, next to the diagram SVGs; each entry verifies itself (sealed-file). */
export class PdfCache {
  readonly dir: string;

  constructor(
    cacheDir: string,
    private readonly onDamage?: OnCacheDamage,
  ) {
    this.dir = path.join(cacheDir, 'pdf');
  }

  file(key: string): string {
    return path.join(this.dir, `${key}.pdf`);
  }

  /** The PDF printed earlier, if its entry is whole; a damaged one is discarded (and reported), a miss. */
  async read(key: string): Promise<Uint8Array | undefined> {
    const bytes = await readSealed(this.file(key), this.onDamage);
    return bytes && new Uint8Array(bytes);
  }

  /** Written to a temp file and renamed, so an interrupted build never leaves a truncated PDF to be reused. */
  async write(key: string, bytes: Uint8Array): Promise<void> {
    await writeSealed(this.file(key), bytes);
  }
}
