import { watch as chokidar } from 'chokidar';

export interface Watcher {
  /** Resolves once the initial scan is done: changes after it are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Editor droppings (swap files, backups, lock files) and hidden files never start a rebuild. */
function ignored(file: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.startsWith('.') || base.endsWith('~') || base.endsWith('.swp') || base.endsWith('.tmp') || base.startsWith('#');
}

/**
 * Watches folders and calls `onChange` once per burst of changes: an editor's save is often several
 * events (write, rename, chmod) within a few milliseconds. chokidar, not fs.watch: Node 20's recursive
 * fs.watch on Linux loses a file that an editor replaces by renaming a new one over it.
 */
export function watchFolders(dirs: string[], onChange: (changed: string[]) => void, debounceMs = 40): Watcher {
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watcher = chokidar(dirs, { ignoreInitial: true, ignored: (file) => ignored(file) && !dirs.includes(file) });
  watcher.on('all', (_event, file) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed.clear();
      onChange(files);
    }, debounceMs);
  });
  // A watched folder that goes away must not crash the server.
  watcher.on('error', () => {});
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
