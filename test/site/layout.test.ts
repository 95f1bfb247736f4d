import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/browser/launch.ts';
import { buildExampleSite, type BuiltSite } from './example-site.ts';

// How the pages lay out in the real Chromium: nav per width, no sideways page scroll, dark mode, print.
let site: BuiltSite;
/** The Swedish example: longer words and amounts (2 500 000 kr) than the English one. */
let sv: BuiltSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await buildExampleSite();
  sv = await buildExampleSite('examples/sv/content');
  browser = await launchBrowser();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await site?.remove();
  await sv?.remove();
});

const open = (name: string, from: BuiltSite = site) => page.goto(pathToFileURL(path.join(from.dir, name)).href, { waitUntil: 'load' });
const shown = (selector: string) =>
  page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0);
/** Relative luminance-ish: the mean of the RGB channels of a computed colour, 0-255. */
const brightness = (selector: string, prop: 'color' | 'backgroundColor') =>
  page.$eval(selector, (el, p) => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(el)[p].match(/[\d.]+/g) ?? []).map(Number);
    return (r + g + b) / 3;
  }, prop);

/** The mean of the RGB channels of an element's rendered pixels, 0-255: a screenshot, decoded by the page. */
async function shownBrightness(selector: string): Promise<number> {
  const element = await page.$(selector);
  const shot = await element!.screenshot({ encoding: 'base64' });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
    return sum / (pixels.length / 4);
  }, shot);
}

describe('site layout in the browser', () => {
  it('never scrolls the page sideways, on a phone or a laptop', { timeout: 180_000 }, async () => {
    for (const width of [360, 1280]) {
      await page.setViewport({ width, height: 800 });
      for (const name of site.pages) {
        await open(name);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${name} at ${width} px`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('never scrolls a page of the Swedish example sideways on a 390 px phone', { timeout: 180_000 }, async () => {
    await page.setViewport({ width: 390, height: 800 });
    expect(sv.pages.length).toBeGreaterThan(5);
    for (const name of sv.pages) {
      await open(name, sv);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `sv ${name} at 390 px`).toBeLessThanOrEqual(390);
    }
  });

  it('puts the sections in a sidebar beside the content on a laptop, one link per line', async () => {
    await page.setViewport({ width: 1280, height: 800 });
    await open('team.html');
    expect(await shown('.nav-wide')).toBe(true);
    expect(await shown('.nav-compact')).toBe(false);
    const boxes = await page.$$eval('.nav-wide > li > a', (links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    const main = await page.$eval('main', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    for (const [i, box] of boxes.entries()) {
      expect(box.right, 'nav link left of the content').toBeLessThanOrEqual(main.left);
      if (i > 0) expect(box.top, 'one link per line').toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
    }
  });

  it('folds the sections into a one-line menu on a phone that names the current page', async () => {
    await page.setViewport({ width: 360, height: 800 });
    await open('team.html');
    expect(await shown('.nav-compact')).toBe(true);
    expect(await shown('.nav-wide')).toBe(false);
    const summary = await page.$eval('.nav-compact summary', (el) => ({ height: el.getBoundingClientRect().height, text: el.textContent ?? '' }));
    expect(summary.height).toBeLessThan(60);
    expect(summary.text).toMatch(/Team/);
    await page.click('.nav-compact summary');
    expect(await shown('.nav-compact a[aria-current="page"]')).toBe(true);
  });

  it('follows a dark system preference, with each diagram drawn dark, not on a white card', async () => {
    await page.setViewport({ width: 1280, height: 800 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await open('action-plan.html');
    expect(await brightness('body', 'color')).toBeGreaterThan(180);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    // What the reader sees of the gantt: its pixels, mostly dark in dark mode, mostly light in light mode.
    expect(await shownBrightness('.diagram-svg svg')).toBeLessThan(90);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(await brightness('body', 'color')).toBeLessThan(60);
    expect(await shownBrightness('.diagram-svg svg')).toBeGreaterThan(200);
  });

  it('prints light, without navigation, links as plain text, even with a dark preference', async () => {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.emulateMediaType('print');
    try {
      await open('goals.html');
      for (const selector of ['.site-nav', '.pager', '.skip-link']) expect(await shown(selector), selector).toBe(false);
      expect(await brightness('body', 'color')).toBeLessThan(60);
      const link = await page.$eval('main a', (a) => ({ decoration: getComputedStyle(a).textDecorationLine, color: getComputedStyle(a).color }));
      expect(link.decoration).toBe('none');
      expect(link.color).toBe(await page.$eval('main', (el) => getComputedStyle(el).color));
    } finally {
      await page.emulateMediaType(undefined);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }
  });
});
