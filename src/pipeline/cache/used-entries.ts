/**
 * The entries of a persistent cache that the current build touched. Entries no build used any more are dropped
 * at save, so a cache file holds one plan's current state and does not grow with every edit ever made.
 */
export class UsedEntries<V> {
  #entries: Map<string, V>;
  #used = new Set<string>();
  #dirty = false;

  constructor(stored: Record<string, V> = {}) {
    this.#entries = new Map(Object.entries(stored));
  }

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) this.#used.add(key);
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.set(key, value);
    this.#used.add(key);
    this.#dirty = true;
  }

  /** Drops what this build did not use; the entries to write, or undefined when the file is already current. */
  takeChanges(): Record<string, V> | undefined {
    const stale = [...this.#entries.keys()].filter((key) => !this.#used.has(key));
    for (const key of stale) this.#entries.delete(key);
    this.#used.clear();
    if (!this.#dirty && stale.length === 0) return undefined;
    this.#dirty = false;
    return Object.fromEntries(this.#entries);
  }
}
