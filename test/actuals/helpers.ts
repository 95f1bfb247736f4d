import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A copy of the example plan (content/) in a temporary folder, with `as_of` set and files in its actuals/. */
export function examplePlan(asOf: string | undefined, actuals: Record<string, string | Buffer> = {}): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'salesplan-actuals-'));
  const plan = join(dir, 'plan');
  cpSync(join(import.meta.dirname, '../../content'), plan, { recursive: true });
  const settings = join(plan, '00-plan.md');
  const text = readFileSync(settings, 'utf8');
  writeFileSync(settings, asOf ? text.replace(/^as_of: .*$/m, `as_of: ${asOf}`) : text.replace(/^as_of: .*\n/m, ''));
  if (Object.keys(actuals).length > 0) mkdirSync(join(plan, 'actuals'));
  for (const [name, content] of Object.entries(actuals)) writeFileSync(join(plan, 'actuals', name), content);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, plan };
}
