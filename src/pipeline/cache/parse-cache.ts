import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root as MdRoot } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedSection } from '../../parse/index.ts';
import { showsLocalFiles, YamlIndexBuilder } from '../../parse/index.ts';
import type { HtmlPolicy, RenderedProse } from '../../render/index.ts';
import { decodeData, encodeData, packPosition, unpackPosition, type PackedPosition } from './serialise.ts';
import { codeFingerprint } from '../../core/code-fingerprint.ts';
import { UsedEntries } from './used-entries.ts';
import { readSealed, writeSealed, type OnCacheDamage } from '../../write/index.ts';

/** What is kept of a ParsedSection: everything but the VFile, which is read fresh each build. */
interface Entry {
  data: unknown;
  root: PackedPosition;
  values: [string, PackedPosition][];
  keys: [string, PackedPosition][];
  /**
   * The prose tree as JSON text, without positions (nothing after parsing reads them). Kept as a string inside
   * the cache file so that reading the file does not build a thousand trees; one is decoded only when HTML must
   * be made from it.
   */
  prose: string;
  /** The HTML made from the tree at render time, per sanitising policy: a warm build makes none. */
  html?: Partial<Record<HtmlPolicy, RenderedProse>>;
  title?: string;
  diagrams: { id: string; source: string; position: PackedPosition }[];
}

/**
 * Parsed plan files by a hash of (tool version, path, text): an unchanged file is not parsed again.
 * Only files that parsed without a message are kept, so a hit never has diagnostics to replay. Parsing does not
 * depend on the sanitising policy (HTML is made later, from the tree), so neither does the key; the HTML made
 * from an entry is kept on it per policy.
 * One JSON file per plan folder holds the entries of its current files; it is rewritten only when
 * something changed, so a no-op build reads it and writes nothing.
 */
export class ParseCache {
  #entries = new UsedEntries<Entry>();

  private constructor(readonly file: string) {}

  /** A damaged cache file (see write/sealed-file) is reported to `onDamage` and discarded: every file is parsed. */
  static async open(cacheDir: string, planDir: string, onDamage?: OnCacheDamage): Promise<ParseCache> {
    const name = createHash('sha256').update(path.resolve(planDir)).digest('hex').slice(0, 16);
    // `.2`: the sealed format; an older file of the plan is simply not read.
    const cache = new ParseCache(path.join(cacheDir, 'parsed', `${name}.2.json`));
    const text = (await readSealed(cache.file, onDamage))?.toString('utf8');
    try {
      const stored = text === undefined ? {} : (JSON.parse(text) as { version?: string; entries?: Record<string, Entry> });
      if (stored.version === codeFingerprint() && stored.entries) cache.#entries = new UsedEntries(stored.entries);
    } catch {
      // Sealed but not JSON: written by something else. Every file is parsed, and the file is rewritten.
    }
    return cache;
  }

  keyOf(file: VFile): string {
    const material = `${codeFingerprint()}\0${file.path}\0${String(file.value ?? '')}`;
    return createHash('sha256').update(material).digest('hex');
  }

  /** The cached parse of this file's current text, bound to this build's VFile; undefined on a miss. */
  get(file: VFile): ParsedSection | undefined {
    const key = this.keyOf(file);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    let prose: MdRoot | undefined;
    const yaml = YamlIndexBuilder.fromEntries(unpackPosition(entry.root), {
      values: entry.values.map(([k, p]) => [k, unpackPosition(p)]),
      keys: entry.keys.map(([k, p]) => [k, unpackPosition(p)]),
    });
    return {
      file,
      data: decodeData(entry.data) as ParsedSection['data'],
      yaml,
      get prose() {
        prose ??= JSON.parse(entry.prose) as MdRoot;
        return prose;
      },
      ...(entry.title === undefined ? {} : { title: entry.title }),
      diagrams: entry.diagrams.map((d) => ({ id: d.id, source: d.source, position: unpackPosition(d.position) })),
    };
  }

  /**
   * Keeps a fresh parse, if it is clean and its index can be stored. A file that shows local images is not kept:
   * whether each may be shown depends on the disk, checked at every parse.
   */
  put(section: ParsedSection): void {
    if (section.file.messages.length > 0 || showsLocalFiles(section.file) || !(section.yaml instanceof YamlIndexBuilder)) return;
    const key = this.keyOf(section.file);
    const { values, keys } = section.yaml.entries();
    this.#entries.set(key, {
      data: encodeData(section.data),
      root: packPosition(section.yaml.root),
      values: values.map(([k, p]) => [k, packPosition(p)]),
      keys: keys.map(([k, p]) => [k, packPosition(p)]),
      prose: JSON.stringify(section.prose, withoutPositions),
      ...(section.title === undefined ? {} : { title: section.title }),
      diagrams: section.diagrams.map((d) => ({ id: d.id, source: d.source, position: packPosition(d.position) })),
    });
  }

  /** The HTML made earlier from this file's current text under `policy`, if its parse is kept here. */
  html(file: VFile, policy: HtmlPolicy): RenderedProse | undefined {
    return this.#entries.get(this.keyOf(file))?.html?.[policy];
  }

  /** Keeps the HTML made from a kept parse at render time (a file not kept here, one with messages, is skipped). */
  putHtml(file: VFile, policy: HtmlPolicy, rendered: RenderedProse): void {
    const key = this.keyOf(file);
    const entry = this.#entries.get(key);
    if (entry) this.#entries.set(key, { ...entry, html: { ...entry.html, [policy]: rendered } });
  }

  /** Writes the entries this build used (older ones are dropped), atomically, only when they changed. */
  async save(): Promise<void> {
    const entries = this.#entries.takeChanges();
    if (entries) await writeSealed(this.file, JSON.stringify({ version: codeFingerprint(), entries }));
  }
}

function withoutPositions(key: string, value: unknown): unknown {
  return key === 'position' ? undefined : value;
}
