import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/browser/launch.ts';
import { buildExampleSite, type BuiltSite } from './example-site.ts';

// axe-core in the real Chromium, on every page, light and dark, laptop and phone width.
const AXE_SOURCE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

let site: BuiltSite;
let browser: Browser;
let page: Page;
let axeSource: string;

beforeAll(async () => {
  [site, axeSource] = await Promise.all([buildExampleSite(), readFile(AXE_SOURCE_PATH, 'utf8')]);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await site?.remove();
});

/** The pages carry no script of their own; axe is added after load, as the only script on the page. */
async function violations(url: string): Promise<AxeViolation[]> {
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

const describeViolation = (v: AxeViolation) =>
  `${v.id} (${v.impact}): ${v.help}\n${v.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim()}`)
    .join('\n')}`;

describe('no axe-core violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 360]) {
      it(`on every page, ${scheme} mode, ${width} px wide`, { timeout: 240_000 }, async () => {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height: 900 });
        const found: string[] = [];
        for (const name of site.pages) {
          const list = await violations(pathToFileURL(path.join(site.dir, name)).href);
          found.push(...list.map((v) => `${name}: ${describeViolation(v)}`));
        }
        expect(found).toEqual([]);
      });
    }
  }
});
