import { execFile, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';

/**
 * What the interrupt cases need besides the harness: the lines a running CLI prints, awaited as events, and what an
 * interrupted build may not leave behind (a browser process, a profile or socket folder, a staging folder).
 */
const run = promisify(execFile);

export interface Lines {
  /** Resolves with the first line matching `pattern` that comes after every line an earlier wait returned. */
  next(pattern: RegExp): Promise<RegExpMatchArray>;
  all(): string[];
}

/** Follows one output stream of a child line by line. */
export function followLines(stream: NodeJS.ReadableStream): Lines {
  const seen: string[] = [];
  let partial = '';
  let from = 0;
  const waiting: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const settle = () => {
    while (waiting.length > 0) {
      const first = waiting[0]!;
      const index = seen.findIndex((line, i) => i >= from && first.pattern.test(line));
      if (index < 0) return;
      from = index + 1;
      waiting.shift();
      first.resolve(seen[index]!.match(first.pattern)!);
    }
  };
  stream.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    seen.push(...parts);
    settle();
  });
  return {
    next: (pattern) =>
      new Promise((resolve) => {
        waiting.push({ pattern, resolve });
        settle();
      }),
    all: () => [...seen, ...(partial ? [partial] : [])],
  };
}

/** Both output streams of a spawned CLI. */
export function follow(child: ChildProcess): { stdout: Lines; stderr: Lines } {
  if (!child.stdout || !child.stderr) throw new Error('the child must be spawned with piped output');
  return { stdout: followLines(child.stdout), stderr: followLines(child.stderr) };
}

/** Browser processes (Chromium, or the wrapper standing in for it) whose profile is under `tmp`. */
export async function browsersUnder(tmp: string): Promise<string[]> {
  const { stdout } = await run('ps', ['-eo', 'pid,args']);
  return stdout.split('\n').filter((line) => line.includes(`--user-data-dir=${tmp}`));
}

/** Kills what browsersUnder found (a case that failed must not leave a stopped Chromium on the machine). */
export async function killBrowsersUnder(tmp: string): Promise<void> {
  for (const line of await browsersUnder(tmp)) {
    const pid = Number(line.trim().split(/\s+/)[0]);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

/** What is left in a TMPDIR besides tsx's own compile cache (the CLI runs through tsx). */
export async function tmpLeftovers(tmp: string): Promise<string[]> {
  return (await readdir(tmp)).filter((name) => !name.startsWith('tsx-'));
}

/** Staging and swap folders (`.<name>.staging-*`, `.<name>.old-*`) left in `dir`. */
export async function stagingLeftovers(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).filter((name) => /^\..+\.(staging|old)-[0-9a-f]+$/.test(name));
}
