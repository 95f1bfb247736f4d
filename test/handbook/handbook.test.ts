import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/index.ts';
import { contentsEntries, misnumberedEntries, readPdfLayout } from '../helpers/pdf-layout.ts';
import { readPdfText, type PdfText } from '../helpers/pdf-text.ts';
import { buildExample } from './example-build.ts';
import { printedTextSizes } from './font-sizes.ts';

// One real build of the example plan, then a second one on the same cache: the PDFs read back with pdf.js.
let work: string[] = [];
let first: BuildResult;
let second: BuildResult;
let out: string;
let handbook: PdfText;
let handbookBytes: Uint8Array;
let sections: string[];

const PLAN = 'Quillspend Q4 2026 Sales Plan';

beforeAll(async () => {
  const one = await buildExample();
  first = one.result;
  out = one.out;
  const two = await buildExample(one.cacheDir);
  second = two.result;
  work = [one.work, two.work];
  handbookBytes = new Uint8Array(await readFile(path.join(out, 'handbook.pdf')));
  handbook = await readPdfText(handbookBytes);
  sections = [];
  // The scenarios appendix follows the seven sections and names itself in the header too.
  for (const name of ['index', 'mission', 'goals', 'team', 'customers', 'process', 'action-plan', 'metrics', 'scenarios']) {
    const html = await readFile(path.join(out, `${name}.html`), 'utf8');
    sections.push(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.replace(/&amp;/g, '&'));
  }
}, 300_000);

afterAll(async () => {
  for (const dir of work) await rm(dir, { recursive: true, force: true });
});

const pdf = async (rel: string) => readPdfText(await readFile(path.join(out, rel)));

describe('the PDF stage', () => {
  it('prints the full handbook and one handbook per role that owns activities or carries a quota', () => {
    expect(first.ok).toBe(true);
    expect(first.pdfs).toEqual(['handbook.pdf', 'handbooks/sdr.pdf', 'handbooks/bdr.pdf', 'handbooks/ae.pdf']);
    expect(first.pdfCache).toEqual({ printed: 4, cached: 0 });
  });

  it('rebuilds an unchanged plan from the cache without launching a browser', () => {
    expect(second.ok).toBe(true);
    expect(second.diagrams.rendered).toBe(0);
    expect(second.pdfCache).toEqual({ printed: 0, cached: 4 });
    expect(second.browserLaunched).toBe(false);
    expect(second.pdfs).toEqual(first.pdfs);
  });

  it('links every PDF from the site', async () => {
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const href of first.pdfs) expect(index).toContain(`href="${href}"`);
  });
});

describe('the full handbook', () => {
  it('opens with a cover: plan title, company, period and version', () => {
    const cover = handbook.pages[0]!;
    for (const text of [PLAN, 'Quillspend, Inc.', '2026-Q4', 'Oct 1, 2026 – Dec 31, 2026']) expect(cover).toContain(text);
    // The example plan is in this repository's git history.
    expect(cover).toMatch(/Version: Commit [0-9a-f]{7}/);
  });

  it('lists every section on the contents page', () => {
    // Two pages: every section with its sub-headings and computed tables.
    const contents = handbook.pages.slice(1, 3).join('\n');
    expect(handbook.pages[1]).toContain('Contents');
    for (const [i, title] of sections.entries()) expect(contents).toContain(`${i + 1}. ${title}`);
  });

  it('gives every contents entry the page its heading is on, in the full handbook and each role’s', async () => {
    const layout = await readPdfLayout(handbookBytes);
    const entries = contentsEntries(layout);
    // The sections and their sub-headings and tables: to level 2, every one numbered.
    expect(entries.length).toBeGreaterThan(50);
    for (const title of sections) expect(entries.map((e) => e.title)).toContain(title);
    expect(misnumberedEntries(layout, entries)).toEqual([]);
    expect(entries.map((e) => e.page)).toEqual([...entries.map((e) => e.page)].sort((a, b) => a - b));
    for (const role of ['ae', 'sdr']) {
      const bytes = new Uint8Array(await readFile(path.join(out, 'handbooks', `${role}.pdf`)));
      const roleLayout = await readPdfLayout(bytes);
      const roleEntries = contentsEntries(roleLayout);
      expect(roleEntries.length, role).toBeGreaterThan(5);
      expect(misnumberedEntries(roleLayout, roleEntries), role).toEqual([]);
    }
  });

  it('keeps the cards’ own sub-headings out of the bookmarks: three levels, no title repeated down the outline', async () => {
    const { outline } = await readPdfLayout(handbookBytes);
    expect(outline.filter((item) => item.title === 'Head of Sales').length).toBeGreaterThan(0); // a role card, kept
    expect(Math.max(...outline.map((item) => item.depth))).toBe(3);
    const repeats = new Map<string, number>();
    for (const { title } of outline) repeats.set(title, (repeats.get(title) ?? 0) + 1);
    expect([...repeats].filter(([, n]) => n > 2)).toEqual([]);
    for (const field of ['Responsibilities', 'Skills', 'Priorities', 'Widgets']) expect(outline.map((item) => item.title)).not.toContain(field);
  });

  it('runs a header with the section of each page and a footer with the page number', () => {
    const total = handbook.pages.length;
    let current: string | undefined;
    let middlePages = 0;
    // The cover has neither header nor footer; every other page both, first in its text (the page's margins).
    expect(handbook.pages[0]).not.toMatch(/\d+ \/ \d+/);
    handbook.pages.forEach((text, i) => {
      if (i === 0) return;
      const [header, footer, ...body] = text.split('\n');
      expect(header, `page ${i + 1}`).toMatch(new RegExp(`^${PLAN}`));
      expect(footer).toBe(`${i + 1} / ${total} `);
      const starts = sections.find((title) => body.join('\n').startsWith(`${title} `));
      if (i >= 2 && starts) current = starts;
      if (i < 2 || !current || current === PLAN) return;
      expect(header, `page ${i + 1}`).toBe(`${PLAN} · ${current}`);
      if (!starts) middlePages++;
    });
    // Pages that continue a section (no title on them) still name it in the header.
    expect(middlePages).toBeGreaterThan(5);
    expect(handbook.pages[0]).not.toContain(`${PLAN} ·`);
  });

  it('repeats a long table’s header row on each page it spans', async () => {
    // The team's people table runs over a page break: its header row heads both pages.
    const withPeopleHeader = handbook.pages.filter((t) => /Name\s+Role\s+Start\s+End/.test(t));
    expect(withPeopleHeader.length).toBeGreaterThanOrEqual(2);
    const { pages } = await readPdfLayout(handbookBytes);
    const continued = pages.slice(1).filter((p, i) => p.lines[0] === 'Name Role Start End' && pages[i]!.lines.includes('Name Role Start End'));
    expect(continued.length).toBeGreaterThan(0);
  });

  it('prints no text below 8 pt, diagrams included', async () => {
    const runs = await printedTextSizes(handbookBytes);
    // 7.95: Chromium writes 8 pt footer text as 7.99.
    const small = runs.filter((r) => r.size < 7.95).map((r) => `p${r.page} ${r.size.toFixed(2)}pt ${r.text}`);
    expect(small).toEqual([]);
    // The 8-stage process (top-down: a source's edge label) and the gantt, with its axis dates, are among what was measured.
    const diagramText = runs.filter((r) => r.text.includes('100 Meeting booked') || r.text === '01 Nov');
    expect(diagramText.length).toBeGreaterThanOrEqual(2);
    for (const run of diagramText) expect(run.size).toBeGreaterThanOrEqual(8);
  });
});

describe('the role handbooks', () => {
  it('give each rep their own daily targets and not another role’s', async () => {
    const sdr = (await pdf('handbooks/sdr.pdf')).pages.join('\n');
    const bdr = (await pdf('handbooks/bdr.pdf')).pages.join('\n');
    // Per rep: 20 emails a day and 100 a week for an SDR, 50 dials a day for a BDR.
    expect(sdr).toMatch(/Cold emails\s+20\s+100\s/);
    expect(sdr).not.toMatch(/Cold calls/);
    expect(bdr).toMatch(/Cold calls\s+50\s+250\s/);
    expect(bdr).not.toMatch(/Cold emails/);
    expect(sdr).not.toContain('Dials per BDR per day');
    // The SDR's own KPI; its name may wrap in its cell, with the other columns' text between its two lines.
    expect(sdr).toMatch(/Meetings booked\s+per\b[\s\S]{0,200}?\bSDR per week/);
  });

  it('hold the mission, role card, customers, owned stages, KPIs and a 30/60/90-day plan', async () => {
    const sdr = await pdf('handbooks/sdr.pdf');
    const text = sdr.pages.join('\n');
    for (const heading of ['Mission and value proposition', 'Your role', 'Your targets', 'Who you sell to', 'Your stages of the sales process', 'Your KPIs and dashboard', 'Your first 90 days']) {
      expect(sdr.outline).toContain(heading);
    }
    expect(text).toContain('Send 20 personalised cold emails a day'); // responsibilities
    expect(text).toContain('$75,000'); // OTE
    expect(text).toContain('Carla, the Controller');
    expect(text).toContain('Prospecting by email');
    expect(text).not.toContain('Prospecting by phone');
    // Ramp 50% then 100%: 10 emails a day in the first month.
    expect(text).toMatch(/Days 1–30\s+Productivity:\s+50%[\s\S]*?Cold emails\s+10\s+50\s/);
    expect(sdr.info.Title).toBe(`Handbook for the Sales Development Representative · ${PLAN}`);
    expect(sdr.pages[3]).toContain(`${PLAN} · Sales Development Representative · `);
  });

  it('show a quota role its monthly quota and expected bookings, ramped', async () => {
    const ae = (await pdf('handbooks/ae.pdf')).pages.join('\n');
    expect(ae).toMatch(/Oct 2026\s+\$50,000\s+\$40,000/);
    expect(ae).toMatch(/Days 31–60\s+Productivity:\s+25%[\s\S]*?Quota\s+\$12,500\s+Expected\s+\$10,000/);
    // What an AE is paid on, per rep: the deals and bookings of the rep's own quota ($150,000 a quarter, 12 deals).
    expect(ae).toMatch(/Won\s+0\.19\s+0\.94\s+4\s+4\s+4\s+4\.0\s+12\s/);
    // In whole dollars across the outcome table's columns; the quota table keeps the cents.
    expect(ae).toMatch(/Bookings\s+\$2,344\s+\$11,719\s+\$50,000\s+\$50,000\s+\$50,000\s+\$50,000\s+\$150,000\s/);
    expect(ae).not.toMatch(/Cold (emails|calls)/);
  });

  it('introduce the targets in one sentence that says what they come from', async () => {
    const flat = async (role: string) => (await pdf(`handbooks/${role}.pdf`)).pages.join('\n').replace(/\s+/g, ' ');
    const [sdr, ae] = [await flat('sdr'), await flat('ae')];
    for (const text of [sdr, ae]) {
      expect(text.match(/Your own numbers as one /g)).toHaveLength(1);
      expect(text).not.toMatch(/divided among the people the plan needs|Divided among/);
    }
    expect(sdr).toContain(
      'Your own numbers as one Sales Development Representative at full productivity: the team’s need divided among 10 reps, the headcount its activities need.',
    );
    expect(ae).toContain(
      'Your own numbers as one Account Executive at full productivity: your quota for the period, and the deals and funnel stages it takes at the plan’s deal size and conversion rates.',
    );
    // The AE's team: needed (the fully ramped reps the target needs) and missing beside current and planned.
    expect(ae).toMatch(/Your team in the period Current 3 Planned 1 Needed 3 Missing 0 /);
    // pdf.js gives a ligature (the fi of first) as its own item, hence no "first" here.
    expect(ae).toContain('90 days scale it by your ramp.');
  });

  it('say what a month at 0% productivity is for instead of printing a table of zeros', async () => {
    const ae = (await pdf('handbooks/ae.pdf')).pages.join('\n').replace(/\s+/g, ' ');
    const first = ae.slice(ae.lastIndexOf('Days 1–30'), ae.lastIndexOf('Days 31–60'));
    expect(first).toMatch(/^Days 1–30 Productivity: 0% No targets yet: days 1–30 are for learning the product and shadowing\. /);
    expect(first).not.toMatch(/\b0\.00\b|Per week|Quota/);
    // The months that ramp keep their tables.
    expect(ae.slice(ae.lastIndexOf('Days 31–60'))).toMatch(/Won 0\.05 0\.23 1\.0 /);
  });
});
