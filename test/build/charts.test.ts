import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { Decimal } from '../../src/core/decimal.ts';
import { createFormat } from '../../src/core/format.ts';
import { labelsFor } from '../../src/core/labels/index.ts';
import { computeModel, type PlanModel, type Status } from '../../src/model/index.ts';
import { parseSection, readPlan } from '../../src/parse/index.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { build } from '../../src/pipeline/index.ts';
import { INK, SERIES_COLOURS } from '../../src/render/charts/echarts-svg.ts';
import { planCharts, rampRoles } from '../../src/render/charts/plan-charts.ts';
import { layoutFaults, themeContrast } from './chart-layout.ts';
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
const models: Record<string, PlanModel> = {};
const session = new BrowserSession();
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-charts-'));
  for (const plan of PLANS) {
    const out = path.join(work, plan.lang);
    const result = await build({ planDir: plan.dir, outDir: out, cacheDir: path.join(work, 'cache'), roleHandbooks: false, numbers: false });
    expect(result.ok, `${plan.name} example builds`).toBe(true);
    outs[plan.lang] = out;
    const facts = validatePlan((await readPlan(path.basename(plan.dir), path.dirname(plan.dir))).map((file) => parseSection(file)));
    models[plan.lang] = computeModel(facts!);
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

describe.each(PLANS)('the $name example’s charts on screen', (plan) => {
  it.each([390, 768, 1440])('at %i px: no two labels overlap, none leaves its chart', async (width) => {
    for (const page of ['team.html', 'goals.html']) {
      const tab = await browser.newPage();
      try {
        await tab.setViewport({ width, height: 900 });
        await tab.goto(pathToFileURL(path.join(outs[plan.lang]!, page)).href, { waitUntil: 'load' });
        expect(await layoutFaults(tab, 'figure.plan-chart'), `${page} at ${width}px`).toEqual([]);
      } finally {
        await tab.close();
      }
    }
  });

  it.each(['light', 'dark'] as const)('in %s mode: grid lines faint, the target and ramp lines strong against the card', async (scheme) => {
    for (const width of [390, 1440]) {
      const tab = await browser.newPage();
      try {
        await tab.setViewport({ width, height: 900 });
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await tab.goto(pathToFileURL(path.join(outs[plan.lang]!, 'team.html')).href, { waitUntil: 'load' });
        const contrast = await themeContrast(tab, 'figure.capacity-chart', INK.grid, INK.target);
        expect(contrast.grid.length, 'grid lines drawn in the chart’s grid ink').toBeGreaterThanOrEqual(3);
        for (const c of contrast.grid) expect(c, `a grid line at ${width}px`).toBeLessThan(1.6);
        for (const c of contrast.grid) expect(c).toBeGreaterThan(1.05);
        expect(contrast.accent.length, 'the target line').toBeGreaterThan(0);
        for (const c of contrast.accent) expect(c, `the target line at ${width}px`).toBeGreaterThanOrEqual(4.5);
        // Each role's ramp line: a graphic, 3:1 at the least (WCAG 1.4.11).
        const ramp = await themeContrast(tab, 'figure.ramp-chart', INK.grid, SERIES_COLOURS[0]!);
        expect(ramp.accent.length, 'the first role’s ramp line').toBeGreaterThan(0);
        for (const c of ramp.accent) expect(c, `the ramp line at ${width}px`).toBeGreaterThanOrEqual(3);
      } finally {
        await tab.close();
      }
    }
  });
});

describe('charts of a long plan on a phone', () => {
  // A year of months in every status, four quota roles and funnel stages with long names.
  it.each(['en-US', 'sv-SE'])('%s: at 340 px no two labels overlap, none leaves its chart', async (locale) => {
    const base = models[locale === 'sv-SE' ? 'sv' : 'en']!;
    const statuses: Status[] = ['green', 'yellow', 'orange', 'red'];
    const months = Array.from({ length: 12 }, (_, i) => ({
      ...base.capacity!.months[0]!,
      key: `2027-${String(i + 1).padStart(2, '0')}`,
      expected: new Decimal(1_250_000 + 90_000 * i),
      target: new Decimal(1_400_000),
      status: statuses[i % 4]!,
    }));
    const role = rampRoles(base)[0]!;
    const titles = ['Enterprise Account Executive', 'Mid-Market Account Executive', 'Partner Account Manager (EMEA)', 'Key Account Director'];
    const model: PlanModel = {
      ...base,
      capacity: { ...base.capacity!, months },
      roles: titles.map((title, i) => ({ ...role, id: `role-${i}`, title })),
      funnel: base.funnel.map((s, i) => ({ ...s, name: `${s.name} after a qualification call with the buyer ${i}` })),
    };
    const charts = await planCharts(model, createFormat(locale, locale === 'sv-SE' ? 'SEK' : 'USD'), labelsFor(locale));
    const tab = await browser.newPage();
    try {
      await tab.setViewport({ width: 390, height: 900 });
      const figures = [charts.capacity!, charts.funnel!, charts.ramp!].map((c) => `<figure style="width:340px;margin:0">${c.narrow}</figure><figure style="width:640px;margin:0">${c.wide}</figure>`);
      await tab.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0">${figures.join('')}</body></html>`);
      expect(await layoutFaults(tab, 'figure')).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
