import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { onlyHeading, readPages, type PrintedPage } from '../helpers/pdf-pages.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

// The handbook of the example, printed twice to learn its page numbers, read back with pdf.js: every contents
// entry's number is the page its heading is on, and no page holds only a heading.
let work: string;
let pages: PrintedPage[];
let outline: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-contents-'));
  const out = path.join(work, 'output');
  const result = await build({ planDir: 'content', outDir: out, cacheDir: path.join(work, 'cache'), site: false, roleHandbooks: false, numbers: false });
  expect(result.ok).toBe(true);
  const bytes = new Uint8Array(await readFile(path.join(out, 'handbook.pdf')));
  pages = await readPages(bytes);
  outline = (await readPdfText(bytes)).outline;
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, '');

/** The contents' entries: lines of the pages before the first chapter that end in a page number. */
function contentsEntries(): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  // The contents follows the cover and ends where its first entry, the first chapter, starts.
  let end = 4;
  for (const [i, page] of pages.entries()) {
    if (i === 0 || i >= end - 1) continue;
    for (const line of page.lines) {
      const m = /^(.*\S)\s+(\d+)$/.exec(line.text);
      // A chapter's entry carries its list number ("2. Mission…"); its heading does not.
      if (m) entries.push({ title: m[1]!.replace(/^\d+\.\s+/, ''), page: Number(m[2]) });
      if (m && entries.length === 1) end = Number(m[2]);
    }
  }
  return entries;
}

describe('the handbook on paper', () => {
  it('numbers every contents entry with the page its heading is on', () => {
    const entries = contentsEntries();
    // The chapters and their headings to level 2, the computed tables' among them.
    expect(entries.length).toBeGreaterThan(30);
    for (const entry of entries) {
      const page = pages[entry.page - 1];
      expect(page, `${entry.title} → ${entry.page}`).toBeDefined();
      const onPage = page!.lines.some((l) => l.size >= 11 && squash(l.text).includes(squash(entry.title).slice(0, 20)));
      const before = pages.slice(0, entry.page - 1).length;
      expect(onPage, `"${entry.title}" is on page ${entry.page} (of ${pages.length}, after ${before})`).toBe(true);
    }
  });

  it('holds no page with only a heading on it', () => {
    const lonely = pages.map((p, i) => (onlyHeading(p) ? `page ${i + 1}: ${p.lines.map((l) => l.text).join(' / ')}` : '')).filter(Boolean);
    expect(lonely).toEqual([]);
  });

  it('titles each bookmark as its heading reads, without the repeated sub-headings of the cards', () => {
    // "Sales Development Representative" wraps in its role card: Chromium's own title drops the space there.
    expect(outline).toContain('Sales Development Representative');
    expect(outline.filter((t) => /DevelopmentRepresentative/.test(t))).toEqual([]);
    // Each role card's "Responsibilities", "Skills", "Compensation" (h4) would repeat six times.
    expect(outline).not.toContain('Responsibilities');
    expect(outline).toEqual(expect.arrayContaining(['Funnel', 'Activity targets', 'Capacity against target']));
  });
});
