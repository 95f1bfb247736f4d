import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../write/index.ts';

/** Bump when the SVG post-processing changes, so old entries are not reused. */
const CACHE_FORMAT = 1;

export interface CacheKeyParts {
  source: string;
  title: string;
  description: string;
  mermaidVersion: string;
  theme: string;
  config: unknown;
}

/** Everything the SVG depends on: the id too, since mermaid prefixes the SVG's element ids with it. */
export function cacheKey(parts: CacheKeyParts & { id: string }): string {
  const { source, title, description, mermaidVersion, theme, config, id } = parts;
  const material = JSON.stringify({ format: CACHE_FORMAT, id, source, title, description, mermaidVersion, theme, config });
  return createHash('sha256').update(material).digest('hex');
}

/** One SVG file per diagram, named by its key. */
export class DiagramCache {
  constructor(readonly dir: string) {}

  file(key: string): string {
    return path.join(this.dir, `${key}.svg`);
  }

  async read(key: string): Promise<string | undefined> {
    try {
      return await readFile(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Written to a temp file and renamed, so a build killed halfway never leaves a truncated SVG behind. */
  async write(key: string, svg: string): Promise<void> {
    await writeFileAtomic(this.file(key), svg);
  }
}
