import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_TEMPLATES } from '../../render/index.ts';
import type { PageCache } from '../../render/index.ts';
import { toolVersion } from './tool-version.ts';
import { UsedEntries } from './used-entries.ts';
import { readFileInsideSync, readSealed, vetFileSync, writeSealed, type OnCacheDamage } from '../../write/index.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every file of the template folders, by relative path and content: an edited partial re-renders every page. */
function templatesFingerprint(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of [...dirs, BUILTIN_TEMPLATES]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const root = path.dirname(path.resolve(dir));
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(dir, name);
      // Only the files a render may read (regular, inside the template folder's folder): never a FIFO or a device.
      if (vetFileSync(file, root).ok) hash.update(`${dir}\0${name}\0`).update(readFileInsideSync(file, root)).update('\0');
    }
  }
  return hash.digest('hex');
}

/**
 * Rendered site pages by a hash of their inputs: the view every page shares (plan, labels, numbers, the
 * list of pages) with the pages' own prose left out, the template files, the tool version, and the
 * page's own section, nav and neighbours. A prose edit re-renders its own page only; a change to numbers
 * or templates re-renders all. A plan with its own templates/ may show any page's prose anywhere, so
 * there every page's prose is part of the shared key.
 */
export class SitePageCache implements PageCache {
  #entries = new UsedEntries<string>();
  #shared = '';
  hits = 0;

  private constructor(readonly file: string) {}

  /** A damaged cache file (see write/sealed-file) is reported to `onDamage` and discarded: every page is rendered. */
  static async open(cacheDir: string, planDir: string, onDamage?: OnCacheDamage): Promise<SitePageCache> {
    // `.2`: the sealed format; an older file of the plan is simply not read.
    const cache = new SitePageCache(path.join(cacheDir, 'pages', `${sha(path.resolve(planDir)).slice(0, 16)}.2.json`));
    const text = (await readSealed(cache.file, onDamage))?.toString('utf8');
    try {
      if (text !== undefined) cache.#entries = new UsedEntries(JSON.parse(text) as Record<string, string>);
    } catch {
      // Sealed but not JSON: written by something else. Every page is rendered.
    }
    return cache;
  }

  begin(view: { sections?: { html?: unknown; headings?: unknown }[] }, templateDirs: readonly string[]): void {
    const ownTemplates = templateDirs.some((dir) => existsSync(dir));
    const shared = ownTemplates ? view : { ...view, sections: view.sections?.map(({ html: _h, headings: _g, ...rest }) => rest) };
    this.#shared = sha(`${toolVersion()}\0${templatesFingerprint(templateDirs)}\0${JSON.stringify(shared)}`);
    this.hits = 0;
  }

  keyOf(page: object, nav: object): string {
    return sha(`${this.#shared}\0${JSON.stringify(page)}\0${JSON.stringify(nav)}`);
  }

  get(key: string): string | undefined {
    const html = this.#entries.get(key);
    if (html !== undefined) this.hits++;
    return html;
  }

  set(key: string, html: string): void {
    this.#entries.set(key, html);
  }

  /** Keeps the pages of this build only, written atomically, and only when something changed. */
  async save(): Promise<void> {
    const entries = this.#entries.takeChanges();
    if (entries) await writeSealed(this.file, JSON.stringify(entries));
  }
}
