import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Each command loads only what it runs (issue 13, "instant start"): the CLI is run as a clone runs it, with a
// loader hook that lists every module it loads.
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TRACE = path.join(ROOT, 'test/helpers/trace-modules.mjs');

async function modulesLoaded(args: string[]): Promise<string[]> {
  const result = await run(process.execPath, ['--import', TRACE, path.join(ROOT, 'bin/salesplan.js'), ...args], { cwd: ROOT }).catch(
    (error: { stderr?: string; code?: unknown }) => {
      if (typeof error.code !== 'number' || error.stderr === undefined) throw error;
      return { stderr: error.stderr };
    },
  );
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('module-loaded '))
    .map((line) => line.slice('module-loaded '.length).replace(`file://${ROOT}/`, ''));
}

const from = (modules: string[], pattern: RegExp) => modules.filter((m) => pattern.test(m));
const RENDERING = /node_modules\/(handlebars|puppeteer-core|pdf-lib|echarts|@e965\/xlsx|mermaid)\/|^src\/(render|pipeline\/(build|outputs|pdf-stage|diagram-stage))/;

describe('what a command loads', () => {
  it('check loads no renderer, browser driver, PDF or workbook library', async () => {
    const modules = await modulesLoaded(['check', 'content']);
    expect(from(modules, /^src\/validate\//).length).toBeGreaterThan(0);
    expect(from(modules, RENDERING)).toEqual([]);
  });

  it('--help and --version load neither the pipeline nor the validator', async () => {
    for (const args of [['--help'], ['--version']]) {
      const modules = await modulesLoaded(args);
      expect(from(modules, /^src\/cli\//).length).toBeGreaterThan(0);
      expect(from(modules, /^src\/(pipeline|validate|parse|model)\/|node_modules\/(zod|yaml|unified)\//)).toEqual([]);
    }
  });
});
