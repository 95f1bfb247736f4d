import path from 'node:path';
import { build } from '../build/index.ts';
import type { BuildResult, ProgressEvent } from '../build/types.ts';
import { report } from '../diagnostics/index.ts';
import { unsafeOutputReason } from '../write/guard-paths.ts';
import { EXIT, UsageError } from './exit-codes.ts';

export interface BuildFlags {
  out: string;
  pdf: boolean;
  quiet?: boolean;
  verbose?: boolean;
  cacheDir?: string;
}

/** `salesplan build [plan-dir]`: prints the plan's messages and a one-line summary, returns the exit code. */
export async function buildCommand(planDir: string, flags: BuildFlags): Promise<number> {
  const cwd = process.cwd();
  const unsafe = unsafeOutputReason(path.resolve(cwd, flags.out), path.resolve(cwd, planDir), cwd);
  if (unsafe) throw new UsageError(unsafe);

  const started = performance.now();
  const onProgress = flags.verbose ? (event: ProgressEvent) => process.stderr.write(progressLine(event)) : undefined;
  const cacheDir = flags.cacheDir ?? process.env.SALESPLAN_CACHE;
  const result = await build({ planDir, outDir: flags.out, pdf: flags.pdf, cacheDir, onProgress });
  const messages = report(result.files, { color: process.stderr.isTTY });
  if (messages && !(flags.quiet && result.ok)) process.stderr.write(`${messages}\n`);
  if (!result.ok) {
    process.stderr.write(`salesplan: build failed; ${flags.out}/ was left as it was.\n`);
    return EXIT.planErrors;
  }
  if (!flags.quiet) process.stdout.write(`${summary(result, flags.out, performance.now() - started)}\n`);
  return EXIT.ok;
}

function progressLine(event: ProgressEvent): string {
  const count = event.total ? ` ${event.done ?? 0}/${event.total}` : '';
  return `salesplan: ${event.stage}${count}\n`;
}

export function summary(result: BuildResult, out: string, ms: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const diagrams = result.diagrams.rendered + result.diagrams.cached;
  return [
    `Built ${out}/ from ${plural(result.files.length, 'file')}:`,
    `${plural(result.pages, 'page')},`,
    `${plural(diagrams, 'diagram')} (${result.diagrams.cached} cached),`,
    `${plural(result.pdfs.length, 'PDF')}`,
    `in ${(ms / 1000).toFixed(2)} s`,
  ].join(' ');
}
