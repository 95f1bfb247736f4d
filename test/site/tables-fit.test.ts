import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/browser/launch.ts';
import { buildExampleSite, type BuiltSite } from './example-site.ts';
import { fitProblems } from './fit-audit.ts';

// Every page of both examples, as a phone, a tablet and a laptop show it, light and dark: nothing cut off.
const sites: Record<string, BuiltSite> = {};
let browser: Browser;
let page: Page;

beforeAll(async () => {
  sites.en = await buildExampleSite();
  sites.sv = await buildExampleSite('examples/sv/content');
  browser = await launchBrowser();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  for (const site of Object.values(sites)) await site.remove();
});

const open = (site: BuiltSite, name: string) => page.goto(pathToFileURL(path.join(site.dir, name)).href, { waitUntil: 'load' });

describe('tables and diagrams fit the screen', () => {
  for (const example of ['en', 'sv']) {
    for (const width of [390, 768, 1440]) {
      it(`${example} at ${width} px, light and dark: nothing off-screen or clipped, no word broken, a table that scrolls shows it`, { timeout: 180_000 }, async () => {
        const site = sites[example]!;
        await page.setViewport({ width, height: 900 });
        const problems: string[] = [];
        for (const scheme of ['light', 'dark']) {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          for (const name of site.pages) {
            await open(site, name);
            problems.push(...(await page.evaluate(fitProblems)).map((p) => `${scheme} ${name}: ${p}`));
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('shows the key generated tables as cards on a phone, each figure under its column name', { timeout: 60_000 }, async () => {
    await page.setViewport({ width: 390, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const tables = { 'goals.html': ['funnel', 'sources', 'activities', 'economics'], 'team.html': ['capacity', 'headcount', 'hiring'], 'process.html': ['stages'], 'metrics.html': ['kpis'] };
    for (const [name, kinds] of Object.entries(tables)) {
      await open(sites.en!, name);
      for (const kind of kinds) {
        const card = await page.$eval(`table.data.${kind}`, (table) => {
          const row = table.querySelector('tbody tr')!;
          const cells = [...row.querySelectorAll('td')];
          return {
            display: getComputedStyle(row).display,
            headerShown: table.querySelector('thead')!.getBoundingClientRect().height > 1,
            unlabelled: cells.filter((td) => !td.dataset.label && !td.classList.contains('scope')).length,
            // The column name shows above the figure: ::before text is the data-label.
            labelShown: cells.some((td) => getComputedStyle(td, '::before').content === JSON.stringify(td.dataset.label)),
            width: table.getBoundingClientRect().width,
          };
        });
        expect(card, `${name} ${kind}`).toEqual({ display: 'grid', headerShown: false, unlabelled: 0, labelShown: true, width: expect.any(Number) });
        expect(card.width, `${name} ${kind}`).toBeLessThanOrEqual(390);
      }
    }
  });

  it('keeps tables as tables on a laptop, using its width, with the row headings fixed while the figures scroll', { timeout: 60_000 }, async () => {
    await page.setViewport({ width: 1440, height: 900 });
    await open(sites.en!, 'goals.html');
    const funnel = await page.$eval('table.data.funnel', (table) => ({
      display: getComputedStyle(table).display,
      width: table.getBoundingClientRect().width,
      sticky: getComputedStyle(table.querySelector('tbody th')!).position,
      fits: table.parentElement!.scrollWidth <= table.parentElement!.clientWidth,
    }));
    // The funnel's 10 columns were cut off in a 902 px column; the laptop's width holds them.
    expect(funnel).toEqual({ display: 'table', width: expect.any(Number), sticky: 'sticky', fits: true });
    expect(funnel.width).toBeGreaterThan(950);
  });

  it('draws each number of a ramp list clear of the item before it', { timeout: 60_000 }, async () => {
    await page.setViewport({ width: 1440, height: 900 });
    await open(sites.en!, 'team.html');
    const overlaps = await page.$$eval('ol.ramp', (lists) =>
      lists.flatMap((list) => {
        const items = [...list.querySelectorAll('li')];
        const context = document.createElement('canvas').getContext('2d')!;
        return items.slice(1).flatMap((li, i) => {
          const style = getComputedStyle(li);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // An outside marker ("2. ") is drawn left of the item's box, in the gap after the item before it.
          const marker = style.listStylePosition === 'inside' ? 0 : context.measureText(`${i + 2}. `).width;
          const left = li.getBoundingClientRect().left - marker;
          const previous = items[i]!.getBoundingClientRect();
          return previous.top === li.getBoundingClientRect().top && left < previous.right - 0.5 ? [`${li.textContent} over ${items[i]!.textContent}`] : [];
        });
      }),
    );
    expect(await page.$$eval('ol.ramp li', (items) => items.length)).toBeGreaterThan(3);
    expect(overlaps).toEqual([]);
  });

  it('keeps every gantt label clear of the section names, and no two bars share a label', { timeout: 60_000 }, async () => {
    await page.setViewport({ width: 1440, height: 900 });
    for (const example of ['en', 'sv']) {
      await open(sites[example]!, 'action-plan.html');
      const labels = await page.$eval('svg#diagram-gantt', (svg) => {
        // The section names' column ends where the first bar starts.
        const column = Math.min(...[...svg.querySelectorAll('rect.task')].map((bar) => (bar as SVGRectElement).x.baseVal.value));
        return [...svg.querySelectorAll('text[id$="-text"]')].map((text) => ({
          text: (text.textContent ?? '').trim(),
          left: (text as SVGTextElement).getBBox().x,
          column,
        }));
      });
      expect(labels.length, example).toBeGreaterThan(4);
      expect(labels.filter((l) => l.left < l.column).map((l) => l.text), example).toEqual([]);
      expect(new Set(labels.map((l) => l.text)).size, example).toBe(labels.length);
    }
  });

  it('shows the process top-down on a phone, whole and with readable labels, and left to right on a laptop', { timeout: 60_000 }, async () => {
    const shown = () =>
      page.$eval('figure[data-diagram-id="process"]', (figure) =>
        [...figure.querySelectorAll('.diagram-svg')].flatMap((box) => {
          const svg = box.querySelector('svg')!;
          if (getComputedStyle(box).display === 'none') return [];
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [{ id: svg.id, scrolls: box.scrollWidth > box.clientWidth + 1, labelPx: Math.round(16 * scale * 10) / 10 }];
        }),
      );
    for (const example of ['en', 'sv']) {
      await page.setViewport({ width: 390, height: 900 });
      await open(sites[example]!, 'process.html');
      const phone = await shown();
      expect(phone.map((d) => [d.id, d.scrolls]), example).toEqual([['diagram-process-narrow', false]]);
      expect(phone[0]!.labelPx, example).toBeGreaterThanOrEqual(12);
      await page.setViewport({ width: 1440, height: 900 });
      await open(sites[example]!, 'process.html');
      expect((await shown()).map((d) => d.id), example).toEqual(['diagram-process']);
    }
  });

  it('puts an author table in a named scroll box a keyboard reaches, and as cards on a phone', { timeout: 60_000 }, async () => {
    await page.setViewport({ width: 390, height: 900 });
    await open(sites.en!, 'customers.html');
    const box = await page.$eval('.prose .table-wrap', (wrap) => ({
      role: wrap.getAttribute('role'),
      tabIndex: (wrap as HTMLElement).tabIndex,
      label: wrap.getAttribute('aria-label'),
      rows: getComputedStyle(wrap.querySelector('tbody tr')!).display,
      labelled: [...wrap.querySelectorAll('tbody td:not(:first-child)')].every((td) => (td as HTMLElement).dataset.label),
    }));
    expect(box).toEqual({ role: 'region', tabIndex: 0, label: 'Buyer personas', rows: 'grid', labelled: true });
    expect(box.label).toBeTruthy();
  });
});
