import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleSite, type BuiltSite } from './example-site.ts';

// The Nu Html Checker (vnu-jar exports the path of its jar) over every page of the built example plan.
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const run = promisify(execFile);

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

let site: BuiltSite;

beforeAll(async () => {
  site = await buildExampleSite();
}, 180_000);

afterAll(() => site?.remove());

/** vnu writes its JSON report on stderr and exits 1 when it found errors; both outcomes are a report. */
async function vnu(files: string[]): Promise<VnuMessage[]> {
  const args = ['-jar', VNU_JAR, '--format', 'json', ...files];
  const output = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string; message: string }) => {
      if (!error.stderr?.trim().startsWith('{')) throw new Error(`vnu did not run: ${error.message}`);
      return error.stderr;
    },
  );
  return (JSON.parse(output) as { messages: VnuMessage[] }).messages;
}

const where = (m: VnuMessage) => `${path.basename(m.url ?? '?')}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` «${m.extract.trim()}»` : ''}`;

describe('the built site is valid HTML (Nu Html Checker)', () => {
  it('has no errors on any page; warnings are listed only', { timeout: 180_000 }, async () => {
    expect(site.pages.length).toBeGreaterThanOrEqual(8);
    const messages = await vnu(site.pages.map((p) => path.join(site.dir, p)));
    const errors = messages.filter((m) => m.type !== 'info');
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    if (warnings.length > 0) console.info(`vnu warnings:\n${warnings.map(where).join('\n')}`);
    expect(errors.map(where)).toEqual([]);
  });

  it('checks for real: a broken page is reported', async () => {
    const { writeFile } = await import('node:fs/promises');
    const broken = path.join(site.dir, 'broken-on-purpose.html');
    await writeFile(broken, '<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>open</span></body></html>');
    const messages = await vnu([broken]);
    expect(messages.filter((m) => m.type === 'error').length).toBeGreaterThan(0);
  });
});
