import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { severityOf } from '../../src/core/diagnostics/message.ts';
import { sortedMessages } from '../../src/core/diagnostics/report.ts';

/**
 * The bad-input corpus: each folder of test/fixtures/broken holds a case.json and the plan files it changes
 * (under plan/). A case's plan is test/fixtures/minimal-plan with those files laid over it, so every case is a
 * real plan folder when built, yet the repository holds only what differs.
 */
export const BROKEN = path.resolve('test/fixtures/broken');
export const MINIMAL = path.resolve('test/fixtures/minimal-plan');

export interface CaseManifest {
  category: string;
  defect: string;
  /** Plan files removed from the copy of minimal-plan. */
  delete?: string[];
  /** Files made by the test instead of committed: '5mb' (a huge section), 'binary' (random bytes). */
  generate?: Record<string, '5mb' | 'binary'>;
  /** Applied to every plan file after the overlay. */
  transform?: 'crlf' | 'bom';
  expect: {
    ok: boolean;
    /** Every message the build reports, as `file:line:column severity reason` with paths relative to the case. */
    messages: string[];
    /** Text the built site must not contain (where an outside link or image pointed). */
    absentFromSite?: string[];
  };
}

export interface BrokenCase extends CaseManifest {
  name: string;
}

export async function listCases(): Promise<BrokenCase[]> {
  const names = (await readdir(BROKEN)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, ...(JSON.parse(await readFile(path.join(BROKEN, name, 'case.json'), 'utf8')) as CaseManifest) })),
  );
}

/** Writes the case's plan into `planDir` (which must not exist yet). */
export async function preparePlan(broken: BrokenCase, planDir: string): Promise<void> {
  await cp(MINIMAL, planDir, { recursive: true });
  const overlay = path.join(BROKEN, broken.name, 'plan');
  const changed = await readdir(overlay).catch(() => [] as string[]);
  for (const name of changed) await cp(path.join(overlay, name), path.join(planDir, name));
  for (const name of broken.delete ?? []) await rm(path.join(planDir, name));
  for (const [name, kind] of Object.entries(broken.generate ?? {})) {
    await writeFile(path.join(planDir, name), kind === '5mb' ? hugeSection() : binaryBytes());
  }
  if (broken.transform) {
    for (const name of await readdir(planDir)) {
      const file = path.join(planDir, name);
      const text = await readFile(file, 'utf8');
      await writeFile(file, broken.transform === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : `\uFEFF${text}`);
    }
  }
}

/**
 * A 5 MB appendix: valid frontmatter claiming `goals` again (so the build must still read it through to report
 * the clash) followed by paragraphs of prose. Deterministic, so the expected message is exact.
 */
function hugeSection(): string {
  const paragraph = 'The appendix repeats the weekly pipeline review notes so nobody has to search for them. '.repeat(8);
  const head = '---\nsection: goals\n---\n\n# Appendix\n\n';
  const count = Math.ceil((5 * 1024 * 1024) / (paragraph.length + 2));
  return head + Array.from({ length: count }, () => `${paragraph}\n\n`).join('');
}

/** Bytes no editor would save as text: a PNG signature, NULs and high bytes, fixed so positions are stable. */
function binaryBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
  return bytes;
}

/** Every message as one line, `plan/03-goals.md:8:11 error rate must be …`: position, severity and wording. */
export function formatMessages(files: readonly VFile[]): string[] {
  return sortedMessages(files).map(({ file, message }) => {
    const at = message.line ? `:${message.line}:${message.column ?? 1}` : '';
    return `${file.path}${at} ${severityOf(message)} ${message.reason}`;
  });
}
