import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/core/labels/index.ts';
import { build } from '../../src/pipeline/index.ts';
import { readPdfLayout, type PdfLayout } from '../helpers/pdf-layout.ts';
import { printedTextSizes } from './font-sizes.ts';

/**
 * How the handbooks of both example plans break into pages: nothing a reader would take for a printing accident.
 * One build of each example, full handbook and role handbooks.
 */
const examples = [
  { name: 'English', dir: 'content', locale: 'en-US', size: { width: 612, height: 792 } },
  { name: 'Swedish', dir: 'examples/sv/content', locale: 'sv-SE', size: { width: 595, height: 842 } },
];
let work: string;
const printed = new Map<string, { name: string; bytes: Uint8Array; layout: PdfLayout; size: { width: number; height: number } }[]>();
const stageNames = new Map<string, string[]>();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-pagination-'));
  for (const example of examples) {
    const out = path.join(work, example.name);
    const result = await build({ planDir: example.dir, outDir: out, cacheDir: path.join(work, 'cache') });
    expect(result.ok).toBe(true);
    const numbers = JSON.parse(await readFile(path.join(out, 'numbers.json'), 'utf8')) as { stages: { name: string }[] };
    stageNames.set(example.name, numbers.stages.map((s) => s.name));
    const names = ['handbook.pdf', ...(await readdir(path.join(out, 'handbooks'))).map((n) => `handbooks/${n}`)];
    printed.set(
      example.name,
      await Promise.all(
        names.map(async (name) => {
          const bytes = new Uint8Array(await readFile(path.join(out, name)));
          const { PDFDocument } = await import('pdf-lib');
          const page = (await PDFDocument.load(bytes)).getPage(0).getSize();
          return { name, bytes, layout: await readPdfLayout(bytes), size: { width: Math.round(page.width), height: Math.round(page.height) } };
        }),
      ),
    );
  }
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.each(examples)('the $name handbooks on paper', (example) => {
  it("print on the paper of the plan's country: Letter for en-US, A4 for sv-SE", () => {
    const pdfs = printed.get(example.name)!;
    expect(pdfs.length).toBeGreaterThan(2);
    for (const pdf of pdfs) expect(pdf.size, pdf.name).toEqual(example.size);
  });

  it('print at full size: most text is the body’s 10 pt (Chromium shrinks a whole document that has anything wider than the page)', async () => {
    for (const { name, bytes } of printed.get(example.name)!) {
      const chars = new Map<number, number>();
      for (const run of await printedTextSizes(bytes)) chars.set(Math.round(run.size * 10) / 10, (chars.get(Math.round(run.size * 10) / 10) ?? 0) + run.text.length);
      const [commonest] = [...chars].sort((a, b) => b[1] - a[1])[0]!;
      // The Swedish stages table, eight columns wide, once shrank the whole handbook to 9.8 pt.
      expect(commonest, name).toBe(10);
    }
  });

  it('leave no page holding only headings', () => {
    // A page whose every line is a bookmarked heading: a section's title left alone above a figure too tall to
    // follow it (the process diagram did that until print capped a diagram's height at 200 mm).
    for (const { name, layout } of printed.get(example.name)!) {
      const titles = new Set(layout.outline.map((item) => item.title));
      expect(titles.size, name).toBeGreaterThan(5);
      const headingOnly = layout.pages.filter((p) => p.lines.length > 0 && p.lines.every((line) => titles.has(line)));
      expect(headingOnly.map((p) => `${p.number}: ${p.lines.join(' / ')}`), name).toEqual([]);
    }
  });

  it('never end a page on a label whose values are on the next ("Ramp by month", "Incentives")', () => {
    const l = labelsFor(example.locale);
    const labels = new Set([l.ramp, l.incentives, l.capacity_per_day, l.responsibilities, l.skills, l.compensation, l.activities]);
    for (const { name, layout } of printed.get(example.name)!) {
      const stranded = layout.pages.filter((p) => labels.has(p.lines.at(-1) ?? '')).map((p) => `${p.number}: ${p.lines.at(-1)}`);
      expect(stranded, name).toEqual([]);
    }
  });

  it('print the stages as a card each: its name, then its figures under their names, its activities the full width', () => {
    const l = labelsFor(example.locale);
    const figures = [l.owner, l.funnel, l.funnel_volume, l.rate_to_next].join(' ');
    const { layout } = printed.get(example.name)!.find((pdf) => pdf.name === 'handbook.pdf')!;
    const lines = layout.pages.flatMap((p) => p.lines);
    const names = stageNames.get(example.name)!;
    expect(names.length).toBeGreaterThan(3);
    // Each stage's name on a line of its own, the figures' names on the next: a table row would put them side by side.
    const cards = names.filter((name) => lines.some((line, i) => line === name && lines[i + 1] === figures));
    expect(cards).toEqual(names);
  });
});
