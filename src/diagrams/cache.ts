import { createHash } from 'node:crypto';
import path from 'node:path';
import { codeFingerprint } from '../core/code-fingerprint.ts';
import { readSealed, writeSealed, type OnCacheDamage } from '../write/index.ts';

export interface CacheKeyParts {
  source: string;
  title: string;
  description: string;
  mermaidVersion: string;
  theme: string;
  config: unknown;
}

/** Everything the SVG depends on: the code that draws and tidies it, and the id, since mermaid prefixes the SVG's element ids with it. */
export function cacheKey(parts: CacheKeyParts & { id: string }): string {
  const { source, title, description, mermaidVersion, theme, config, id } = parts;
  const material = JSON.stringify({ code: codeFingerprint(), id, source, title, description, mermaidVersion, theme, config });
  return createHash('sha256').update(material).digest('hex');
}

/** One SVG file per diagram, named by its key; each entry verifies itself (sealed-file). */
export class DiagramCache {
  constructor(
    readonly dir: string,
    private readonly onDamage?: OnCacheDamage,
  ) {}

  file(key: string): string {
    return path.join(this.dir, `${key}.svg`);
  }

  /** The SVG drawn earlier, if its entry is whole; a damaged one is discarded (and reported), a miss. */
  async read(key: string): Promise<string | undefined> {
    return (await readSealed(this.file(key), this.onDamage))?.toString('utf8');
  }

  /** Written to a temp file and renamed, so a build killed halfway never leaves a truncated SVG behind. */
  async write(key: string, svg: string): Promise<void> {
    await writeSealed(this.file(key), svg);
  }
}
