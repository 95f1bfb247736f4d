import type { Position } from 'unist';
import type { YamlIndex } from './types.ts';

type Path = readonly (string | number)[];

/** A YamlIndex filled while the frontmatter is walked; `root` is where `nearest` ends up when nothing matches. */
export class YamlIndexBuilder implements YamlIndex {
  readonly #values = new Map<string, Position>();
  readonly #keys = new Map<string, Position>();

  constructor(readonly root: Position) {}

  setValue(path: Path, position: Position): void {
    this.#values.set(pathKey(path), position);
  }

  setKey(path: Path, position: Position): void {
    this.#keys.set(pathKey(path), position);
  }

  value(path: Path): Position | undefined {
    return this.#values.get(pathKey(path));
  }

  key(path: Path): Position | undefined {
    return this.#keys.get(pathKey(path));
  }

  /** Every indexed place, keyed as stored: what the parse cache writes to disk. */
  entries(): { values: [string, Position][]; keys: [string, Position][] } {
    return { values: [...this.#values], keys: [...this.#keys] };
  }

  /** Refills the index from `entries()` output, so a cached file answers exactly like a parsed one. */
  static fromEntries(root: Position, entries: ReturnType<YamlIndexBuilder['entries']>): YamlIndexBuilder {
    const index = new YamlIndexBuilder(root);
    for (const [key, position] of entries.values) index.#values.set(key, position);
    for (const [key, position] of entries.keys) index.#keys.set(key, position);
    return index;
  }

  nearest(path: Path): Position {
    for (let n = path.length; n > 0; n--) {
      const sub = path.slice(0, n);
      // A key without a value (`target:`) is still a better place than its parent.
      const found = this.value(sub) ?? this.key(sub);
      if (found) return found;
    }
    return this.value([]) ?? this.root;
  }
}

/** Array indices and map keys that look like numbers must not collide: [0] and ['0'] are different paths. */
function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/** An index for a file without frontmatter: everything points at the top of the file. */
export function emptyYamlIndex(): YamlIndexBuilder {
  return new YamlIndexBuilder({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
}
