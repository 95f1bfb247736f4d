import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, requireBrowser } from '../../src/browser/find-browser.ts';
import { linuxCandidates } from '../../src/browser/finders/linux.ts';
import { win32Candidates } from '../../src/browser/finders/win32.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'salesplan-finder-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fake browser: an empty file, executable unless told otherwise. */
async function fake(relative: string, mode = 0o755): Promise<string> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '');
  await chmod(file, mode);
  return file;
}

// macOS locations under HOME are the platform candidates a test can fake on any machine.
const macApp = (home: string, app: string) => path.join(home, 'Applications', `${app}.app`, 'Contents', 'MacOS', app);

describe('findBrowser', () => {
  it('prefers CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH, then install locations, then PATH', async () => {
    const chrome = await fake('explicit/chrome');
    const puppeteer = await fake('explicit/puppeteer-chrome');
    const home = path.join(root, 'home');
    const installed = await fake(path.relative(root, macApp(home, 'Chromium')));
    const onPath = await fake('bin/chromium');
    const env = { CHROME_PATH: chrome, PUPPETEER_EXECUTABLE_PATH: puppeteer, HOME: home, PATH: path.join(root, 'bin') };

    expect(findBrowser(env, 'darwin')).toBe(chrome);
    expect(findBrowser({ ...env, CHROME_PATH: undefined }, 'darwin')).toBe(puppeteer);
    expect(findBrowser({ ...env, CHROME_PATH: undefined, PUPPETEER_EXECUTABLE_PATH: undefined }, 'darwin')).toBe(installed);
    expect(findBrowser({ PATH: env.PATH, HOME: path.join(root, 'nobody') }, 'darwin')).toBe(onPath);
  });

  it('prefers Google Chrome over Chromium among installed apps', async () => {
    const home = path.join(root, 'home2');
    await fake(path.relative(root, macApp(home, 'Chromium')));
    const chrome = await fake(path.relative(root, macApp(home, 'Google Chrome')));
    expect(findBrowser({ HOME: home, PATH: '' }, 'darwin')).toBe(chrome);
  });

  it('skips an explicit path that does not exist or is not executable', async () => {
    const notExecutable = await fake('explicit/not-executable', 0o644);
    const onPath = await fake('bin2/google-chrome');
    const env = { CHROME_PATH: path.join(root, 'missing'), PUPPETEER_EXECUTABLE_PATH: notExecutable, HOME: root, PATH: path.join(root, 'bin2') };
    expect(findBrowser(env, 'darwin')).toBe(onPath);
  });

  it('returns undefined when there is nothing, and requireBrowser throws the actionable error', () => {
    const env = { HOME: path.join(root, 'nobody'), PATH: path.join(root, 'empty') };
    expect(findBrowser(env, 'darwin')).toBeUndefined();
    expect(() => requireBrowser(env, 'darwin')).toThrow(BrowserNotFoundError);
    try {
      requireBrowser(env, 'darwin');
    } catch (error) {
      expect((error as BrowserNotFoundError).exitCode).toBe(2);
      expect((error as Error).message).toBe(
        'No Chrome or Chromium found. Install one (Debian/Ubuntu: apt-get update && apt-get install -y chromium) or set CHROME_PATH to its executable.',
      );
    }
  });

  it('knows the Linux and Windows locations, the real Chromium binary before its wrapper', () => {
    const linux = linuxCandidates();
    expect(linux.indexOf('/usr/lib/chromium/chromium')).toBeLessThan(linux.indexOf('/usr/bin/chromium'));
    expect(linux).toContain('/snap/bin/chromium');
    expect(linux).toContain('/opt/google/chrome/chrome');
    const win = win32Candidates({ PROGRAMFILES: 'C:\\Program Files' });
    expect(win[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win.some((p) => p.endsWith('msedge.exe'))).toBe(true);
  });
});
