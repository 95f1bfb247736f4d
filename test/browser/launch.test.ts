import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession, closeBrowser, launchBrowser, needsNoSandbox } from '../../src/browser/launch.ts';
import { FAKE_ORIGIN } from '../../src/browser/offline.ts';
import { withPage } from '../../src/browser/page.ts';
import { MAX_CHROMIUM_TMPDIR, makeProfileDirs, removeProfileDirs } from '../../src/browser/profile-dir.ts';

// Profiles go to a private temp folder, so what is left behind can be counted without other test files interfering.
// Its name is short enough for Chromium's own temp folder to fit inside the profile (see profile-dir.ts).
const originalTmp = process.env.TMPDIR;
let tmp: string;
const session = new BrowserSession();

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'salesplan-launch-'));
  process.env.TMPDIR = tmp;
});

afterAll(async () => {
  await session.close();
  process.env.TMPDIR = originalTmp;
  await rm(tmp, { recursive: true, force: true });
});

const profiles = async () => (await readdir(tmp)).filter((name) => name.startsWith('salesplan-chromium-'));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Alive and not a zombie (a helper orphaned to an init that does not reap stays a zombie for good). */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return stat !== '' && state !== 'Z' && state !== 'X';
}

/** Processes whose command line names a profile under this file's temp folder. */
async function chromiumPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(`--user-data-dir=${tmp}`)) pids.push(Number(name));
  }
  return pids;
}

describe('BrowserSession', () => {
  it('launches once on first use, even when asked concurrently, and close leaves no process or profile', async () => {
    const own = new BrowserSession();
    expect(own.launched).toBe(false);
    const [a, b] = await Promise.all([own.get(), own.get()]);
    expect(a).toBe(b);
    expect(own.launched).toBe(true);
    expect(own.launchMs).toBeGreaterThan(0);

    const pid = a.process()!.pid!;
    const profileArg = a.process()!.spawnargs.find((arg) => arg.startsWith('--user-data-dir='))!;
    const profile = profileArg.slice('--user-data-dir='.length);
    expect(path.dirname(profile)).toBe(tmp);
    expect(existsSync(profile)).toBe(true);
    expect(alive(pid)).toBe(true);

    // Chromium's TMPDIR is a folder inside the profile, and its singleton socket lives there, not in ours.
    const environ = (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0');
    expect(environ).toContain(`TMPDIR=${path.join(profile, 'tmp')}`);
    const socket = await readlink(path.join(profile, 'SingletonSocket'));
    expect(path.dirname(path.dirname(socket))).toBe(path.join(profile, 'tmp'));

    await own[Symbol.asyncDispose]();
    expect(alive(pid)).toBe(false);
    expect(existsSync(profile)).toBe(false);
    expect(existsSync(path.dirname(socket))).toBe(false);
  });

  it('a browser killed outright leaves nothing in TMPDIR, and what salesplan did not make stays', async () => {
    // Chromium's own names, as another browser of the user's would leave them: not salesplan's to remove.
    await mkdir(path.join(tmp, 'org.chromium.Chromium.others'));
    await writeFile(path.join(tmp, '.org.chromium.Chromium.others'), '');
    const before = (await readdir(tmp)).sort();
    const browser = await launchBrowser();
    const child = browser.process()!;
    const page = await browser.newPage();
    await page.setContent('<p>x</p>');
    process.kill(-child.pid!, 'SIGKILL'); // a crash: Chromium cleans nothing up
    await closeBrowser(browser);
    expect((await readdir(tmp)).sort()).toEqual(before);
    await rm(path.join(tmp, 'org.chromium.Chromium.others'), { recursive: true });
    await rm(path.join(tmp, '.org.chromium.Chromium.others'));
  });

  it('under a TMPDIR too deep for a socket path, Chromium gets a short temp folder of its own, removed with the profile', async () => {
    const deep = path.join(tmp, 'd'.repeat(MAX_CHROMIUM_TMPDIR));
    await mkdir(deep);
    const dirs = makeProfileDirs(deep);
    expect(path.dirname(dirs.profile)).toBe(deep);
    expect(dirs.tmp).toMatch(/^\/tmp\/salesplan-/);
    expect(Buffer.byteLength(dirs.tmp!)).toBeLessThanOrEqual(MAX_CHROMIUM_TMPDIR);
    expect(dirs.owned).toEqual([dirs.profile, dirs.tmp]);
    await removeProfileDirs(dirs);
    expect(dirs.owned.filter((dir) => existsSync(dir))).toEqual([]);
    await rm(deep, { recursive: true });
  });

  it('start() launches ahead of need: get() then has that browser, and close is polite', async () => {
    const early = new BrowserSession();
    await early.start();
    expect(early.launched).toBe(true);
    const browser = await early.get();
    const pid = browser.process()!.pid!;
    await early.close();
    expect(alive(pid)).toBe(false);
    expect(await profiles()).toEqual([]);
  });

  it('a browser start() launched that nothing asked for is cancelled at close: no process, no profile', async () => {
    const unused = new BrowserSession();
    await unused.start();
    await unused.close();
    expect(await profiles()).toEqual([]);
    // And once started, whether the launch finished or not, close leaves nothing either.
    const later = new BrowserSession();
    await later.start();
    const pids = await chromiumPids();
    await later.close();
    for (const pid of pids) expect(await running(pid), `pid ${pid}`).toBe(false);
    expect(await profiles()).toEqual([]);
  });

  it('closes without launching when nothing asked for the browser', async () => {
    const idle = new BrowserSession();
    await idle.close();
    expect(idle.launched).toBe(false);
  });

  it('removes the profile when the launch fails', async () => {
    const notABrowser = path.join(tmp, 'not-a-browser.sh');
    await writeFile(notABrowser, '#!/bin/sh\nexit 1\n');
    await chmod(notABrowser, 0o755);
    const before = await profiles();
    await expect(launchBrowser({ executablePath: notABrowser })).rejects.toThrow();
    expect(await profiles()).toEqual(before);
  });

  it('turns the sandbox off only as root or when asked', () => {
    expect(needsNoSandbox({ SALESPLAN_NO_SANDBOX: '1' })).toBe(true);
    expect(needsNoSandbox({})).toBe(process.getuid?.() === 0);
  });
});

describe('withPage', () => {
  it('serves routes from the fake origin, refuses everything else and records it, then closes the page', async () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="style.css"></head><body>
      <p id="p">hello</p><img src="https://example.com/tracker.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <script src="http://cdn.example.org/lib.js"></script></body></html>`;
    const routes = (url: string) => {
      if (url === `${FAKE_ORIGIN}index.html`) return { body: html, contentType: 'text/html' };
      if (url === `${FAKE_ORIGIN}style.css`) return { body: '#p { color: rgb(1, 2, 3); }', contentType: 'text/css' };
      return undefined;
    };
    const browser = await session.get();
    const pagesBefore = (await browser.pages()).length;
    const { color, fetched, blocked } = await withPage(
      session,
      async (page, offline) => {
        await page.goto(`${FAKE_ORIGIN}index.html`, { waitUntil: 'load' });
        const color = await page.$eval('#p', (el) => getComputedStyle(el).color);
        const fetched = await page.evaluate('fetch("https://example.net/data.json").then(() => "loaded", () => "refused")');
        return { color, fetched, blocked: offline.blocked };
      },
      routes,
    );
    expect(color).toBe('rgb(1, 2, 3)');
    expect(fetched).toBe('refused');
    expect(blocked).toEqual(
      expect.arrayContaining(['https://example.com/tracker.png', 'http://cdn.example.org/lib.js', 'https://example.net/data.json']),
    );
    expect(blocked.some((url) => url.startsWith('data:'))).toBe(false);
    expect((await browser.pages()).length).toBe(pagesBefore);
  });

  it('closes the page when the work throws', async () => {
    const browser = await session.get();
    const pagesBefore = (await browser.pages()).length;
    await expect(withPage(session, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await browser.pages()).length).toBe(pagesBefore);
  });
});
