import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/browser/launch.ts';
import { buildExampleSite, type BuiltSite } from './example-site.ts';

let site: BuiltSite;
let browser: Browser;
let server: Server;
let httpBase: string;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.pdf': 'application/pdf' };

/** The smallest static host: files from the output folder, 404 for anything else. No index, no rewrites. */
function staticServer(root: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(root + path.sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
}

beforeAll(async () => {
  site = await buildExampleSite();
  server = staticServer(site.dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  httpBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await new Promise((resolve) => server?.close(resolve));
  await site?.remove();
});

/** A URL with a scheme, other than an inline data: URL. */
const REMOTE = /^(?!data:)[a-z][a-z0-9+.-]*:/i;

interface Visit {
  requests: string[];
  failed: string[];
}

/** Opens a page and records every request it makes and every one that fails (network error or HTTP >= 400). */
async function visit(url: string): Promise<Visit> {
  const page = await browser.newPage();
  const seen: Visit = { requests: [], failed: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    // The stylesheet really applied: the skip link is moved off screen by site.css.
    const styled = await page.$eval('.skip-link', (el) => el.getBoundingClientRect().right <= 0);
    expect(styled, `${url}: site.css did not apply`).toBe(true);
  } finally {
    await page.close();
  }
  return seen;
}

describe('the site works from file:// and from a static host, with no request outside it', () => {
  it('links and loads only relative paths (no /absolute paths, no remote assets)', async () => {
    for (const name of site.pages) {
      const html = await readFile(path.join(site.dir, name), 'utf8');
      for (const [, attr, value] of html.matchAll(/\s(href|src|srcset|action|poster|xlink:href)="([^"]*)"/g)) {
        expect(value, `${name}: ${attr}="${value}"`).not.toMatch(/^\/|^\\/);
        // Links may leave the site (the plan's own links, a canonical URL); nothing the page loads may.
        if (attr !== 'href') expect(value, `${name}: ${attr}="${value}"`).not.toMatch(REMOTE);
      }
      for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
        const rel = /\srel="([^"]*)"/.exec(tag)?.[1] ?? '';
        const href = /\shref="([^"]*)"/.exec(tag)?.[1] ?? '';
        if (/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/.test(rel)) expect(href, `${name}: ${tag}`).not.toMatch(REMOTE);
      }
      expect(html, `${name}: url() in inline styles`).not.toMatch(/url\(\s*['"]?(?:[a-z]+:|\/)/i);
    }
    const css = await readFile(path.join(site.dir, 'assets/site.css'), 'utf8');
    expect(css).not.toMatch(/@import|url\(/i);
  });

  for (const via of ['file', 'http'] as const) {
    it(`opens every page via ${via === 'file' ? 'file://' : 'a static server on 127.0.0.1'} without leaving the site or failing a request`, { timeout: 180_000 }, async () => {
      const base = via === 'file' ? pathToFileURL(site.dir + path.sep).href : httpBase;
      for (const name of site.pages) {
        const { requests, failed } = await visit(new URL(name, base).href);
        expect(requests.length, name).toBeGreaterThanOrEqual(2); // the page and its stylesheet
        expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:')), `${name} left the site`).toEqual([]);
        expect(failed, `${name} had failed requests`).toEqual([]);
      }
    });
  }
});
