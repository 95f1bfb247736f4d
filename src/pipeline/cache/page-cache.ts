import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_TEMPLATES } from '../../render/index.ts';
import type { PageCache } from '../../render/index.ts';
import { codeFingerprint } from '../../core/code-fingerprint.ts';
import { readFileInsideSync, readSealedSync, vetFileSync, writeSealed, type OnCacheDamage } from '../../write/index.ts';

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

type ProseOf = { html?: unknown; headings?: unknown };
const withoutProse = ({ html: _h, headings: _g, ...rest }: ProseOf) => rest;

/** Enough entries written at once to keep the disk busy without opening a thousand files. */
const IN_FLIGHT = 16;
const ENTRY = /^([0-9a-f]{64})\.html$/;

/**
 * Rendered site pages by a hash of their inputs: the view every page shares (plan, labels, numbers, the
 * list of pages) with the pages' own prose left out, the template files, the tool version, and the
 * page's own section, nav and neighbours. A prose edit re-renders its own page only; a change to numbers
 * or templates re-renders all. A plan with its own templates/ may show any page's prose anywhere, so
 * there every page's prose is part of the shared key.
 *
 * Decision: one sealed file per page (`pages/<plan>.3/<key>.html`), not one file for the plan: a build reads
 * only the entries it asks for, writes only the pages it rendered and removes only the ones no page asked for,
 * so a prose edit of a 4000-page plan writes one entry, not all of them again (the single file was 249 MB).
 * Each entry is checked on its own, so a damaged one costs its page only.
 */
export class SitePageCache implements PageCache {
  /** The entries on disk when the cache was opened, plus those written since. */
  #stored: Set<string>;
  #used = new Set<string>();
  #fresh = new Map<string, string>();
  #shared = '';
  hits = 0;

  private constructor(
    readonly dir: string,
    stored: Iterable<string>,
    private readonly onDamage: OnCacheDamage | undefined,
    /** The single-file cache an older salesplan kept for this plan: removed at the first save. */
    private readonly legacy: string,
  ) {
    this.#stored = new Set(stored);
  }

  /** A damaged entry (see write/sealed-file) is reported to `onDamage` and discarded: its page is rendered. */
  static async open(cacheDir: string, planDir: string, onDamage?: OnCacheDamage): Promise<SitePageCache> {
    const plan = sha(path.resolve(planDir)).slice(0, 16);
    // `.3`: a folder of entries; the `.2.json` file of an earlier version is simply not read.
    const dir = path.join(cacheDir, 'pages', `${plan}.3`);
    const names = await readdir(dir).catch(() => [] as string[]);
    const stored = names.flatMap((name) => ENTRY.exec(name)?.[1] ?? []);
    return new SitePageCache(dir, stored, onDamage, path.join(cacheDir, 'pages', `${plan}.2.json`));
  }

  begin(view: { sections?: ProseOf[]; cards?: ProseOf[] }, templateDirs: readonly string[]): void {
    const ownTemplates = templateDirs.some((dir) => existsSync(dir));
    // The cards are the sections again (the home page shows their titles): without their prose too, or a prose
    // edit would change the key of every page.
    const shared = ownTemplates ? view : { ...view, sections: view.sections?.map(withoutProse), cards: view.cards?.map(withoutProse) };
    this.#shared = sha(`${codeFingerprint()}\0${templatesFingerprint(templateDirs)}\0${JSON.stringify(shared)}`);
    this.hits = 0;
  }

  keyOf(page: object, nav: object): string {
    return sha(`${this.#shared}\0${JSON.stringify(page)}\0${JSON.stringify(nav)}`);
  }

  #file(key: string): string {
    return path.join(this.dir, `${key}.html`);
  }

  get(key: string): string | undefined {
    let html = this.#fresh.get(key);
    if (html === undefined && this.#stored.has(key)) {
      html = readSealedSync(this.#file(key), this.onDamage)?.toString('utf8');
      if (html === undefined) this.#stored.delete(key);
    }
    if (html === undefined) return undefined;
    this.#used.add(key);
    this.hits++;
    return html;
  }

  set(key: string, html: string): void {
    this.#fresh.set(key, html);
    this.#used.add(key);
  }

  /**
   * Writes the pages rendered since the last save, each atomically, and removes the entries this build did not
   * ask for (an edited page's old entry, a removed page's), so the folder holds the plan's current pages only.
   * A no-op build writes and removes nothing.
   */
  async save(): Promise<void> {
    const fresh = [...this.#fresh].filter(([key]) => !this.#stored.has(key));
    const stale = [...this.#stored].filter((key) => !this.#used.has(key) && !this.#fresh.has(key));
    this.#fresh.clear();
    this.#used.clear();
    let next = 0;
    const writer = async () => {
      while (next < fresh.length) {
        const [key, html] = fresh[next++] as [string, string];
        await writeSealed(this.#file(key), html);
        this.#stored.add(key);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, fresh.length) }, writer));
    for (const key of stale) this.#stored.delete(key);
    await Promise.all([...stale.map((key) => rm(this.#file(key), { force: true })), rm(this.legacy, { force: true })]);
  }
}
