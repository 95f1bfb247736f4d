import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progress.ts';

function stream(isTTY: boolean) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  Object.assign(out, { isTTY });
  return { stream: out as unknown as NodeJS.WriteStream, text: () => text };
}

const events = [{ stage: 'parse' }, { stage: 'diagrams' }, { stage: 'pdf', done: 1, total: 2 }, { stage: 'pdf', done: 2, total: 2 }] as const;

describe('build progress', () => {
  it('writes one plain line per stage, no escape codes, when not a terminal', () => {
    const s = stream(false);
    const progress = progressReporter(s.stream, 'normal');
    for (const e of events) progress.onProgress(e);
    progress.done();
    expect(s.text().split('\n').filter(Boolean)).toEqual([
      'salesplan: parsing and validating the plan',
      'salesplan: rendering diagrams',
      'salesplan: printing PDFs 1/2',
      'salesplan: printing PDFs 2/2',
    ]);
    // A carriage return or an ANSI escape would mean terminal-only output leaked into a log.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is tested
    expect(s.text()).not.toMatch(/[\r\u001b]/);
  });

  it('rewrites a single line on a terminal and clears it at the end', () => {
    const s = stream(true);
    const progress = progressReporter(s.stream, 'normal');
    for (const e of events) progress.onProgress(e);
    progress.done();
    expect(s.text()).not.toContain('\n');
    expect(s.text()).toContain('\r\u001b[2Ksalesplan: printing PDFs 2/2');
    expect(s.text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('says nothing when quiet, and adds elapsed time when verbose', () => {
    const quiet = stream(true);
    const q = progressReporter(quiet.stream, 'quiet');
    for (const e of events) q.onProgress(e);
    expect(quiet.text()).toBe('');
    const verbose = stream(true);
    const v = progressReporter(verbose.stream, 'verbose');
    v.onProgress(events[0]);
    expect(verbose.text()).toMatch(/^salesplan: parsing and validating the plan \(\+\d+\.\d\d s\)\n$/);
  });
});
