import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/index.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

// Warnings belong to the plan's authors: the terminal (BuildResult.files) always has them, the pages and PDFs only
// in a draft. The example plan has two (a long CAC payback, an unusual cold-email capacity).
let work: string;
let published: { out: string; result: BuildResult };
let drafts: { out: string; result: BuildResult };

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-drafts-'));
  const cacheDir = path.join(work, 'cache');
  const run = async (name: string, draft: boolean) => {
    const out = path.join(work, name);
    const result = await build({ planDir: 'content', outDir: out, cacheDir, drafts: draft, roleHandbooks: draft ? false : undefined });
    return { out, result };
  };
  published = await run('published', false);
  drafts = await run('drafts', true);
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The reasons of the plan's warnings, as the terminal prints them; the number in each is what a page would show. */
const reasons = (result: BuildResult) => result.files.flatMap((f) => f.messages.filter((m) => m.fatal === false).map((m) => m.reason));
/** A reason's words as pdf.js gives them back (line breaks and spacing vary): its first three words. */
const gist = (reason: string) => reason.split(/\s+/).slice(0, 4).join(' ');
const squash = (text: string) => text.replace(/\s+/g, ' ');

async function documents(out: string): Promise<{ name: string; text: string }[]> {
  const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html') || f.endsWith('.pdf')).sort();
  return Promise.all(
    files.map(async (name) => {
      const bytes = await readFile(path.join(out, name));
      const text = name.endsWith('.pdf') ? (await readPdfText(bytes)).pages.join('\n') : bytes.toString('utf8');
      return { name, text: squash(text) };
    }),
  );
}

describe('drafts and published copies', () => {
  it('reports the warnings to the terminal either way', () => {
    expect(published.result.ok).toBe(true);
    expect(reasons(published.result).length).toBeGreaterThanOrEqual(2);
    expect(reasons(drafts.result)).toEqual(reasons(published.result));
  });

  it('publishes no warning in any page or PDF by default', async () => {
    const docs = await documents(published.out);
    expect(docs.filter((d) => d.name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2);
    for (const doc of docs) {
      expect(doc.text, doc.name).not.toContain('class="warnings"');
      expect(doc.text, doc.name).not.toContain('need a look');
      for (const reason of reasons(published.result)) expect(doc.text, `${doc.name}: ${reason}`).not.toContain(gist(reason));
    }
  });

  it('shows them in the pages and the handbook of a draft', async () => {
    const docs = await documents(drafts.out);
    const index = docs.find((d) => d.name === 'index.html')!;
    const handbook = docs.find((d) => d.name === 'handbook.pdf')!;
    expect(index.text).toContain('class="warnings"');
    for (const reason of reasons(drafts.result)) {
      expect(index.text, reason).toContain(gist(reason).replace(/&/g, '&amp;'));
      expect(handbook.text, reason).toContain(gist(reason));
    }
  });
});
