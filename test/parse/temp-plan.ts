import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Temporary plan folders for tests, removed after each test. */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder as cwd with a `content/` folder holding `files` (name → text or bytes). */
export function tempPlan(files: Record<string, string | Uint8Array>): { cwd: string; dir: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'salesplan-test-'));
  made.push(cwd);
  const dir = join(cwd, 'content');
  mkdirSync(dir);
  writeFiles(dir, files);
  return { cwd, dir };
}

export const MINIMAL_PLAN = join(import.meta.dirname, '..', 'fixtures', 'minimal-plan');

/**
 * The minimal plan copied into a temp `content/` folder, with edits: per file name, a list of
 * [search, replace] pairs applied once each (a missing search text fails the test), or null to delete the file.
 */
export function editedMinimalPlan(edits: Record<string, [string, string][] | null | string>): { cwd: string; dir: string } {
  const files: Record<string, string> = {};
  for (const name of readdirSync(MINIMAL_PLAN)) files[name] = readFileSync(join(MINIMAL_PLAN, name), 'utf8');
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) {
      delete files[name];
      continue;
    }
    if (typeof edit === 'string') {
      files[name] = edit;
      continue;
    }
    let text = files[name];
    if (text === undefined) throw new Error(`no file ${name} in the minimal plan`);
    for (const [search, replace] of edit) {
      if (!text.includes(search)) throw new Error(`${name} has no ${JSON.stringify(search)}`);
      text = text.replace(search, replace);
    }
    files[name] = text;
  }
  return tempPlan(files);
}

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}
