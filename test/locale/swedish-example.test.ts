import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/index.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

let work: string;
let result: BuildResult;
let html: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-sv-'));
  result = await build({
    planDir: path.resolve('examples/sv/content'),
    outDir: path.join(work, 'out'),
    cacheDir: path.join(work, 'cache'),
    browserPath: '/usr/bin/chromium',
  });
  const names = (await readdir(path.join(work, 'out'))).filter((name) => name.endsWith('.html'));
  html = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(work, 'out', name), 'utf8')])));
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The visible text of a page, with non-breaking spaces as plain ones (sv-SE groups digits with U+00A0). */
function text(page: string): string {
  return page.replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

describe('the Swedish example plan, built with the real browser', () => {
  it('builds without errors, site and PDF', () => {
    expect(result.files.flatMap((f) => f.messages.filter((m) => m.fatal))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.pdfs).toContain('handbook.pdf');
  });

  it('writes Swedish labels and sv-SE numbers in the HTML', () => {
    const index = text(html['index.html']!);
    expect(html['index.html']).toContain('<html lang="sv-SE"');
    expect(html['index.html']).toContain('aria-label="Sammanfattning"');
    expect(index).toContain('På den här sidan Vad målet kräver Bemanningsgap');
    expect(index).toContain('Affärer som behövs');
    expect(index).toContain('2 500 000 kr');
    const goals = text(html['goals.html']!);
    expect(goals).toContain('Säljtratt');
    expect(goals).toMatch(/80 %/);
    const team = text(html['team.html']!);
    expect(team).toContain('Rekryteringsplan');
    expect(team).not.toContain('current +');
    expect(team).toMatch(/nuvarande \+ \d+ planerade/);
    // One planned hire is singular (Intl.PluralRules), several plural.
    expect(team).toMatch(/2 nuvarande \+ 1 planerad(?!e)/);
    expect(team).not.toMatch(/ 1 planerade/);
  });

  it('draws the process diagram’s rates as "80 %", not the text "&nbsp;"', () => {
    const diagram = /<svg[\s\S]*?<\/svg>/.exec(html['process.html']!)![0];
    expect(text(diagram)).toContain('(80 %)');
    for (const [name, page] of Object.entries(html)) expect(page, name).not.toContain('&amp;nbsp;');
  });

  it('writes Swedish labels, sv-SE numbers and "Sida x av y" in the PDF', async () => {
    const pdf = (await readPdfText(await readFile(path.join(work, 'out', 'handbook.pdf')))).pages.join('\n').replace(/\s+/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
    expect(pdf).toContain('Täckning för kvartalet');
    expect(pdf).toContain('Rekryteringsplan');
    expect(pdf).toContain('2 500 000 kr');
    expect(pdf).toMatch(/Sida 2 av \d+/); // the cover has no footer
    expect(pdf).toContain('Rekrytering');
  });

  it('is Swedish in the PDF’s properties, the gantt axis and the cover heading as text extraction reads it', async () => {
    const bytes = await readFile(path.join(work, 'out', 'handbook.pdf'));
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getSubject()).toBe('Nordljus Analys AB: försäljningsplan 2026-Q4');
    const cover = (await readPdfText(bytes)).pages[0]!;
    expect(cover).toContain('HANDBOK FÖR FÖRSÄLJNINGSPLANEN');
    // d3 writes the axis in English ("01 Oct"): Swedish gets day/month.
    const gantt = /<svg[\s\S]*?<\/svg>/.exec(html['action-plan.html']!)![0];
    const ticks = [...gantt.matchAll(/<g class="tick"[^>]*>[\s\S]*?<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toContain('1/10');
    expect(ticks.join(' ')).not.toMatch(/Oct|Nov|Dec/);
  });

  it('never wraps a duration’s number away from its unit in the handbook', async () => {
    const pages = (await readPdfText(await readFile(path.join(work, 'out', 'handbook.pdf')))).pages.join('\n');
    expect(pages).toMatch(/\d[\u00a0 ]dagar/);
    expect(pages).not.toMatch(/\d[ \u00a0]*\n\s*dagar/);
  });

  it('introduces an AE’s targets once and says what a month at 0% is for, in Swedish', async () => {
    const ae = (await readPdfText(await readFile(path.join(work, 'out', 'handbooks', 'ae.pdf')))).pages
      .join('\n')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ');
    // (No phrase with ff or fi: pdf.js gives a ligature as its own item.)
    expect(ae.match(/Dina egna /g)).toHaveLength(1);
    expect(ae).not.toMatch(/Fördelat på/);
    expect(ae).toContain('din kvot för perioden, och de ');
    expect(ae).toContain(' och steg i säljtratten den kräver med planens ');
    expect(ae).toContain('Inga mål ännu: dag 1–30 är till för att lära dig produkten och gå bredvid dina kollegor.');
    expect(ae).not.toMatch(/(?:^|\s)0 kr/);
  });
});
