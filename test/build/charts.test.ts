import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { labelsFor } from '../../src/core/labels/index.ts';
import { build } from '../../src/pipeline/index.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

// Both example plans built once, with the real Chromium; one browser for the page checks.
const PLANS = [
  { name: 'English', dir: 'content', locale: 'en-US', lang: 'en' },
  { name: 'Swedish', dir: 'examples/sv/content', locale: 'sv-SE', lang: 'sv' },
] as const;
/** Each chart: its page, its label, its prefix, and what it summarises beside it. */
const CHARTS = [
  { kind: 'capacity', page: 'team.html', title: 'chart_capacity', beside: 'table.capacity' },
  { kind: 'funnel', page: 'goals.html', title: 'chart_funnel', beside: 'table.funnel' },
  { kind: 'ramp', page: 'team.html', title: 'chart_ramp', beside: 'ol.ramp' },
] as const;

let work: string;
const outs: Record<string, string> = {};
const session = new BrowserSession();
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-charts-'));
  for (const plan of PLANS) {
    const out = path.join(work, plan.lang);
    const result = await build({ planDir: plan.dir, outDir: out, cacheDir: path.join(work, 'cache'), roleHandbooks: false, numbers: false });
    expect(result.ok, `${plan.name} example builds`).toBe(true);
    outs[plan.lang] = out;
  }
  browser = await session.get();
}, 300_000);

afterAll(async () => {
  await session.close();
  await rm(work, { recursive: true, force: true });
});

/** Spaces of every kind as one, as a reader copies text out of a page or a PDF. */
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface ChartView {
  lang: string;
  svgs: { role: string | null; title: string; desc: string; labelledBy: string[]; texts: string[] }[];
  besideTable: boolean;
}

async function chartView(file: string, kind: string, beside: string): Promise<ChartView | undefined> {
  const tab = await browser.newPage();
  try {
    await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return await tab.evaluate(
      (kind, beside) => {
        const figure = document.querySelector(`figure.${kind}-chart`);
        if (!figure) return undefined;
        // What sits beside the chart: the siblings around it up to the headings before and after.
        const around: Element[] = [];
        for (let e = figure.nextElementSibling; e && !/^H[12]$/.test(e.tagName); e = e.nextElementSibling) around.push(e);
        for (let e = figure.previousElementSibling; e && !/^H[12]$/.test(e.tagName); e = e.previousElementSibling) around.push(e);
        return {
          lang: document.documentElement.lang,
          svgs: [...figure.querySelectorAll('svg')].map((svg) => ({
            role: svg.getAttribute('role'),
            title: svg.querySelector(':scope > title')?.textContent ?? '',
            desc: svg.querySelector(':scope > desc')?.textContent ?? '',
            labelledBy: (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
            texts: [...svg.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          })),
          besideTable: around.some((e) => e.matches(beside) || e.querySelector(beside) !== null),
        };
      },
      kind,
      beside,
    );
  } finally {
    await tab.close();
  }
}

describe.each(PLANS)('the $name example’s charts', (plan) => {
  const l = labelsFor(plan.locale);

  it.each(CHARTS)('$kind: in the site, named in the plan’s language for screen readers, its table beside it', async (chart) => {
    const view = await chartView(path.join(outs[plan.lang]!, chart.page), chart.kind, chart.beside);
    expect(view, `figure.${chart.kind}-chart on ${chart.page}`).toBeDefined();
    expect(view!.lang).toBe(plan.locale);
    // Drawn twice, for print and wide screens and for a phone; each an image with its own title and description.
    expect(view!.svgs).toHaveLength(2);
    const descStart = l[`${chart.title}_desc`].split('{name}')[0]!.trim();
    for (const svg of view!.svgs) {
      expect(svg.role).toBe('img');
      expect(svg.title).toBe(l[chart.title]);
      expect(svg.desc.startsWith(descStart), svg.desc).toBe(true);
      expect(svg.desc.length).toBeGreaterThan(descStart.length + 10);
      expect(svg.labelledBy).toEqual([svg.title, svg.desc]);
      expect(svg.texts.length).toBeGreaterThan(2);
    }
    expect(view!.besideTable, `${chart.beside} beside the ${chart.kind} chart`).toBe(true);
  });

  it('prints the three charts in the handbook, each label extracted once', async () => {
    const pdf = squash((await readPdfText(await readFile(path.join(outs[plan.lang]!, 'handbook.pdf')))).pages.join('\n'));
    for (const chart of CHARTS) {
      const view = await chartView(path.join(outs[plan.lang]!, chart.page), chart.kind, chart.beside);
      const title = l[chart.title];
      expect(pdf.split(title).length - 1, `"${title}" in the handbook`).toBe(1);
      // The printed chart is the wide one: its labels in drawing order, each once (a halo would double each).
      const texts = view!.svgs[0]!.texts.map(squash).filter((t) => t !== '');
      const sequence = new RegExp(texts.map(escapeRegExp).join(' '), 'g');
      expect(pdf.match(sequence)?.length ?? 0, `the ${chart.kind} chart's labels "${texts.join(' | ')}"`).toBe(1);
    }
  });
});
