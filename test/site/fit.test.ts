import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/browser/launch.ts';
import { AUDIT_SCRIPT, type LayoutFindings } from '../helpers/layout-audit.ts';
import { buildExampleSite, type BuiltSite } from './example-site.ts';

// Every page of both examples on a phone, a tablet and a laptop, light and dark: nothing reaches past the screen
// without a scroll box, a table that scrolls shows it can, no word in a table breaks, no diagram starts
// off-screen. Slow (96 page loads): its own file.
const WIDTHS = [390, 768, 1440];
const SCHEMES = ['light', 'dark'] as const;
let sites: Record<string, BuiltSite>;
let browser: Browser;

beforeAll(async () => {
  sites = { en: await buildExampleSite(), sv: await buildExampleSite('examples/sv/content') };
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  for (const site of Object.values(sites ?? {})) await site.remove();
});

describe('every page fits every screen', () => {
  for (const plan of ['en', 'sv']) {
    it(`${plan}: at ${WIDTHS.join(', ')} px, light and dark`, { timeout: 300_000 }, async () => {
      const site = sites[plan]!;
      expect(site.pages.length).toBeGreaterThanOrEqual(8);
      const problems: string[] = [];
      let scrollers = 0;
      for (const width of WIDTHS) {
        for (const scheme of SCHEMES) {
          const page = await browser.newPage();
          try {
            await page.setViewport({ width, height: 900 });
            await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            for (const name of site.pages) {
              await page.goto(pathToFileURL(path.join(site.dir, name)).href, { waitUntil: 'load' });
              const found = (await page.evaluate(AUDIT_SCRIPT)) as LayoutFindings;
              const at = `${plan}/${name} at ${width} px ${scheme}`;
              problems.push(...found.clipped.map((c) => `${at}: clipped ${c}`));
              problems.push(...found.brokenWords.map((c) => `${at}: broken word ${c}`));
              problems.push(...found.offscreenDiagrams.map((c) => `${at}: diagram ${c}`));
              problems.push(...found.scrolling.filter((s) => !s.shows).map((s) => `${at}: scrolls without a sign ${s.what}`));
              scrollers += found.scrolling.length;
            }
          } finally {
            await page.close();
          }
        }
      }
      expect(problems).toEqual([]);
      // The audit sees the scroll boxes at all: some of the wide tables do scroll on a phone.
      expect(scrollers).toBeGreaterThan(0);
    });
  }
});
