import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');

/** Runs the project's own dependency rules (npm run lint) on a copy of src/ in `dir`. */
async function cruise(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(depcruise, ['src', '--config', path.join(root, '.dependency-cruiser.cjs')], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, output: e.stdout };
  }
}

describe('the layers of src/', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'salesplan-layers-'));
    await cp(path.join(root, 'src'), path.join(work, 'src'), { recursive: true });
    await cp(path.join(root, 'tsconfig.json'), path.join(work, 'tsconfig.json'));
    await symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('the real tree has no cycle and no backward import', async () => {
    const { code, output } = await cruise(work);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });

  it('a cycle between two folders fails the check, naming both ends', async () => {
    // validate imports parse; parse's index now imports validate back: a cycle across two folders.
    const index = path.join(work, 'src/parse/index.ts');
    const original = await readFile(index, 'utf8');
    await writeFile(path.join(work, 'src/parse/backward.ts'), "export { validatePlan } from '../validate/index.ts';\n");
    await writeFile(index, `${original}export * from './backward.ts';\n`);
    const { code, output } = await cruise(work);
    expect(code).not.toBe(0);
    expect(output).toMatch(/layer-parse: src\/parse\/backward\.ts → src\/validate\/index\.ts/);
    expect(output).toMatch(/no-cycle: src\/(parse|validate)\//);
    await writeFile(index, original);
    await rm(path.join(work, 'src/parse/backward.ts'));
  });

  it('reaching into another folder past its index fails the check', async () => {
    await writeFile(path.join(work, 'src/render/reach.ts'), "export { computeFunnel } from '../model/funnel.ts';\n");
    const { code, output } = await cruise(work);
    expect(code).not.toBe(0);
    expect(output).toMatch(/through-index: src\/render\/reach\.ts → src\/model\/funnel\.ts/);
    await rm(path.join(work, 'src/render/reach.ts'));
  });
});
