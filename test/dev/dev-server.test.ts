import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { startDev, type DevServer } from '../../src/dev/dev-server.ts';

// One dev server on a temp copy of the example plan, viewed in the real Chromium; each step edits a file
// and waits for what the author would see.
let work: string;
let plan: string;
let dev: DevServer;
const viewer = new BrowserSession();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-dev-'));
  plan = path.join(work, 'content');
  await cp('content', plan, { recursive: true });
  dev = await startDev({ planDir: plan, cwd: work, port: 0, pdf: false });
  browser = await viewer.get();
  page = await browser.newPage();
});

afterAll(async () => {
  await dev?.stop().catch(() => {});
  await viewer.close();
  await rm(work, { recursive: true, force: true });
});

const mission = () => path.join(plan, '01-mission.md');
const missionUrl = () => new URL('mission.html', dev.url).href;
const overlay = () => page.$('#salesplan-dev-overlay');

describe('salesplan dev', () => {
  it('serves the built site on 127.0.0.1 with the reload script, and nothing outside the site', async () => {
    expect(new URL(dev.url).hostname).toBe('127.0.0.1');
    const res = await fetch(missionUrl());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-salesplan-dev');
    expect(html).toContain('EventSource');
    for (const probe of ['..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', 'assets/', 'missing.html']) {
      expect((await fetch(new URL(probe, dev.url))).status, probe).toBe(404);
    }
    const built = await readFile(path.join(work, '.salesplan-cache', 'dev', 'site', 'mission.html'), 'utf8');
    expect(built).not.toContain('<script');
  });

  it('reloads the page after a prose edit', async () => {
    await page.goto(missionUrl(), { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState === 'complete');
    const text = await readFile(mission(), 'utf8');
    const reloaded = page.waitForNavigation({ timeout: 240_000 });
    await writeFile(mission(), `${text}\nA sentence the author just saved: zebra crossing.\n`);
    await reloaded;
    expect(await page.content()).toContain('zebra crossing');
  });

  it('shows a plan error over the page with its position, and clears it once fixed', async () => {
    const text = await readFile(mission(), 'utf8');
    await writeFile(mission(), text.replace(/^mission: .*$/m, 'mission: "never closed'));
    await page.waitForSelector('#salesplan-dev-overlay', { timeout: 240_000 });
    const shown = await page.$eval('#salesplan-dev-overlay', (el) => el.textContent ?? '');
    expect(shown).toMatch(/content\/01-mission\.md:\d+:\d+/);
    expect(shown).toContain('invalid YAML');

    const reloaded = page.waitForNavigation({ timeout: 240_000 });
    await writeFile(mission(), text);
    await reloaded;
    expect(await overlay()).toBeNull();
    expect(await page.content()).toContain('zebra crossing');
  });

  it('stops cleanly: the port is closed and its browser has exited', async () => {
    const launched = dev.session.launched ? await dev.session.get() : undefined;
    await dev.stop();
    await expect(fetch(dev.url)).rejects.toThrow();
    const child = launched?.process();
    if (child) expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
  });
});
