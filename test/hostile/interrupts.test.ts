import type { ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserCommand, waitForEvent, wrappedBrowser } from '../helpers/browser-wrapper.ts';
import { changedBy, expectNoInternalError, MINIMAL_PLAN, type RunResult, salesplan, type Workspace, workspace } from './harness.ts';
import { browsersUnder, follow, killBrowsersUnder, stagingLeftovers, tmpLeftovers } from './interrupt-driver.ts';

/**
 * Interrupts: Ctrl-C (SIGINT), SIGTERM and SIGHUP while the browser draws a diagram or prints a PDF, a second
 * signal during the clean-up, and `dev` while the plan folder is removed or replaced. Every interrupt is sent on an
 * event: the stand-in browser (test/helpers/browser-wrapper.ts) reports the command it hangs in, the CLI prints its
 * lines. The browser hangs for good in that command (stopped, answering nothing, not even Browser.close), so a CLI
 * that waited for the print, the render or a polite close would never exit 130 with nothing left behind.
 */

const cases: Workspace[] = [];
afterEach(async () => {
  // A failing case may leave a stopped Chromium; it must not outlive the test.
  for (const ws of cases.splice(0)) await killBrowsersUnder(ws.tmp);
});

/** One good build (the site, diagrams drawn) to start each case from: its output and its cache. */
let template: Workspace;
beforeAll(async () => {
  template = await workspace('interrupts-template');
  const built = await salesplan(template, ['build', 'plan', '--out', 'output', '--no-pdf']);
  expectNoInternalError(built);
  expect(built.code).toBe(0);
}, 180_000);

interface Setup {
  ws: Workspace;
  browserDir: string;
  /** Folders the case itself changes or the CLI may write: left out of changedBy. */
  allowed: string[];
}

async function setup(name: string, { warmCache }: { warmCache: boolean }): Promise<Setup> {
  const ws = await workspace(name);
  cases.push(ws);
  await cp(path.join(template.project, 'output'), path.join(ws.project, 'output'), { recursive: true });
  // A warm cache has the diagrams: the build goes straight to printing.
  if (warmCache) await cp(template.cache, ws.cache, { recursive: true });
  const browserDir = path.join(ws.root, 'browser');
  await mkdir(browserDir);
  return { ws, browserDir, allowed: [ws.cache, ws.tmp, browserDir] };
}

/** What no interrupted build may leave: a staging folder, a browser, a profile; and the output is the last good one. */
async function expectNothingLeft(s: Setup, changed: string[]): Promise<void> {
  expect(changed).toEqual([]);
  expect(await stagingLeftovers(s.ws.project)).toEqual([]);
  expect(await browsersUnder(s.ws.tmp)).toEqual([]);
  expect(await tmpLeftovers(s.ws.tmp)).toEqual([]);
}

/**
 * Builds with a browser that hangs in `hangOn`, and once it hangs, calls `interrupt` with the CLI's process.
 * `--no-role-handbooks`: one PDF, so "printing PDFs 1/1" would be the print's own completion.
 */
async function interruptedBuild(s: Setup, hangOn: BrowserCommand | 'launch', interrupt: (child: ChildProcess) => void) {
  const browser = await wrappedBrowser(s.browserDir, { hangOn });
  const hanging = waitForEvent(browser.events, 'hang ');
  const run = await changedBy(
    s.ws,
    () =>
      salesplan(s.ws, ['build', 'plan', '--out', 'output', '--no-role-handbooks'], {
        env: { CHROME_PATH: browser.executable },
        onSpawn: (child) => void hanging.then(() => interrupt(child)),
      }),
    s.allowed,
  );
  return { ...run, browserEvents: (await readFile(browser.events, 'utf8')).split('\n') };
}

/**
 * The hung browser answers nothing; a CLI that asks it to close and waits for the answer before killing it honours
 * Ctrl-C only when it gives up (it used to, after 5 s). Killing it at once is the only way to be quick.
 */
const ASKED_TO_CLOSE = 'unanswered Browser.close';

const CLEANING_UP = (word: string) => `salesplan: ${word}; cleaning up, the output folder is left as it was.`;

function stderrLines(result: RunResult): string[] {
  return result.stderr.split('\n');
}

describe('an interrupted build leaves the last good output and nothing else', () => {
  it('SIGINT while a diagram renders: exit 130, the render is abandoned, no staging folder, no browser', async () => {
    const s = await setup('sigint-diagram', { warmCache: false });
    const { result, changed, browserEvents } = await interruptedBuild(s, 'render', (child) => child.kill('SIGINT'));
    expectNoInternalError(result);
    expect(result.code).toBe(130);
    expect(stderrLines(result)).toContain(CLEANING_UP('interrupted'));
    // The render never finished: the build never got past the diagrams; and nothing waited on the hung browser.
    expect(result.stderr).not.toContain('rendering the site');
    expect(browserEvents).not.toContain(ASKED_TO_CLOSE);
    await expectNothingLeft(s, changed);
  }, 180_000);

  it('SIGINT while a PDF prints: exit 130, the print is abandoned, no staging folder, no browser', async () => {
    const s = await setup('sigint-pdf', { warmCache: true });
    const { result, changed, browserEvents } = await interruptedBuild(s, 'print', (child) => child.kill('SIGINT'));
    expectNoInternalError(result);
    expect(result.code).toBe(130);
    expect(stderrLines(result)).toContain(CLEANING_UP('interrupted'));
    expect(stderrLines(result)).toContain('salesplan: printing PDFs 0/1');
    // The print's own end (a PDF done, or puppeteer's timeout and the retry's) never came: nothing waited for it.
    expect(result.stderr).not.toContain('printing PDFs 1/1');
    expect(result.stderr).not.toContain('failed twice');
    expect(browserEvents).not.toContain(ASKED_TO_CLOSE);
    await expectNothingLeft(s, changed);
  }, 180_000);

  it('SIGTERM while a PDF prints: exit 130, "terminated", nothing left', async () => {
    const s = await setup('sigterm-pdf', { warmCache: true });
    const { result, changed, browserEvents } = await interruptedBuild(s, 'print', (child) => child.kill('SIGTERM'));
    expectNoInternalError(result);
    expect(result.code).toBe(130);
    expect(stderrLines(result)).toContain(CLEANING_UP('terminated'));
    expect(result.stderr).not.toContain('printing PDFs 1/1');
    expect(browserEvents).not.toContain(ASKED_TO_CLOSE);
    await expectNothingLeft(s, changed);
  }, 180_000);

  it('SIGHUP (the terminal closed) while a diagram renders: exit 130, "hung up", nothing left', async () => {
    const s = await setup('sighup-diagram', { warmCache: false });
    const { result, changed, browserEvents } = await interruptedBuild(s, 'render', (child) => child.kill('SIGHUP'));
    expectNoInternalError(result);
    expect(result.code).toBe(130);
    expect(stderrLines(result)).toContain(CLEANING_UP('hung up'));
    expect(result.stderr).not.toContain('rendering the site');
    expect(browserEvents).not.toContain(ASKED_TO_CLOSE);
    await expectNothingLeft(s, changed);
  }, 180_000);

  it('SIGINT while the browser is still starting (its launch never handed over): exit 130, its profile gone', async () => {
    const s = await setup('sigint-launch', { warmCache: false });
    const { result, changed, browserEvents } = await interruptedBuild(s, 'launch', (child) => child.kill('SIGINT'));
    expectNoInternalError(result);
    expect(result.code).toBe(130);
    expect(stderrLines(result)).toContain(CLEANING_UP('interrupted'));
    expect(browserEvents).toContain('hang launch');
    // The launch never completed: no diagram was asked for, no page opened.
    expect(browserEvents.some((line) => line.startsWith('unanswered Target.createTarget'))).toBe(false);
    expect(result.stderr).not.toContain('rendering the site');
    // The profile Chromium wrote while starting is in ws.tmp: found by its profile and removed once it is gone.
    await expectNothingLeft(s, changed);
  }, 180_000);

  it('a second signal during the clean-up exits at once, and still removes the staging folder and the browser', async () => {
    const s = await setup('second-signal', { warmCache: true });
    // Both signals must be handled before the clean-up the first one starts can finish. Sent to a stopped CLI,
    // they wait together and arrive together when it continues, in an order of the kernel's choosing. (Two SIGINTs
    // would merge into one while pending: the other is a SIGTERM, which the CLI treats the same.)
    const { result, changed } = await interruptedBuild(s, 'print', (child) => {
      child.kill('SIGSTOP');
      child.kill('SIGINT');
      child.kill('SIGTERM');
      child.kill('SIGCONT');
    });
    expectNoInternalError(result);
    expect(result.code).toBe(130);
    const first = stderrLines(result).find((line) => line.includes('cleaning up'));
    const [firstWord, secondWord] = first === CLEANING_UP('terminated') ? ['terminated', 'interrupted'] : ['interrupted', 'terminated'];
    expect(stderrLines(result)).toContain(CLEANING_UP(firstWord));
    expect(stderrLines(result)).toContain(`salesplan: ${secondWord} again; stopping at once (the staging folder and the browser are removed).`);
    await expectNothingLeft(s, changed);
  }, 180_000);
});

/**
 * `dev` on a plan folder that goes away and comes back, as a `git checkout` of a branch without it and back does
 * (removed, then made again), or as a tool that renames a new folder into place does.
 */
describe('dev follows the plan folder when it is replaced', () => {
  const NEW_TITLE = 'Plan From The Other Branch';
  const OLD_PAGE_TITLE = 'Q4 2026 Sales Plan · Acme Analytics';
  const NEW_PAGE_TITLE = `${NEW_TITLE} · Acme Analytics`;

  async function devSetup(name: string) {
    const s = await setup(name, { warmCache: true });
    // The plan as it will be: prepared before the snapshot, so a whole, valid folder appears at once.
    const next = path.join(s.ws.root, 'next-plan');
    await cp(MINIMAL_PLAN, next, { recursive: true });
    const planFile = path.join(next, '01-plan.md');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('title: Q4 2026 Sales Plan', `title: ${NEW_TITLE}`));
    const old = path.join(s.ws.root, 'old-plan');
    return { ...s, next, old, allowed: [...s.allowed, next, old] };
  }

  const titleServed = async (url: string) => (await (await fetch(url)).text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? '';

  async function runDev(s: Setup, replace: (lines: ReturnType<typeof follow>, url: string) => Promise<void>) {
    let lines: ReturnType<typeof follow> | undefined;
    let served: { before: string; after: string } | undefined;
    const run = changedBy(
      s.ws,
      () =>
        salesplan(s.ws, ['dev', 'plan', '--port', '0', '--no-pdf'], {
          hangAfterMs: 150_000,
          onSpawn: (child) => {
            const followed = follow(child);
            lines = followed;
            void (async () => {
              const url = (await followed.stdout.next(/^salesplan dev: serving .* at (http:\S+) /))[1]!;
              const before = await titleServed(url);
              await replace(followed, url);
              // The rebuild after the plan folder is back: a page of the new plan is served.
              await followed.stderr.next(/^salesplan dev: rebuilt \d+ pages/);
              served = { before, after: await titleServed(url) };
              child.kill('SIGINT');
            })();
          },
        }),
      s.allowed,
    );
    const { result, changed } = await run;
    return { result, changed, served, stderr: lines?.stderr.all() ?? [] };
  }

  const GONE = /^salesplan dev: the plan folder .*plan is gone; still serving the last good build, and watching for it to come back$/;
  const BACK = /^salesplan dev: the plan folder .*plan is back; rebuilding$/;

  it('removed, then made again: says so once, serves the last good build meanwhile, then the new plan', async () => {
    const s = await devSetup('dev-removed');
    let whileGone = '';
    const { result, changed, served, stderr } = await runDev(s, async (lines, url) => {
      await rm(s.ws.plan, { recursive: true, force: true });
      await lines.stderr.next(GONE);
      whileGone = await titleServed(url);
      await cp(s.next, s.ws.plan, { recursive: true });
      await lines.stderr.next(BACK);
    });
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    expect(stderr).toContain('salesplan dev: stopping');
    expect(stderr.filter((line) => GONE.test(line))).toHaveLength(1);
    expect(stderr.filter((line) => BACK.test(line))).toHaveLength(1);
    expect(whileGone).toBe(OLD_PAGE_TITLE);
    expect(served).toEqual({ before: OLD_PAGE_TITLE, after: NEW_PAGE_TITLE });
    expect(changed).toEqual(['~ project/plan/01-plan.md']);
    expect(await stagingLeftovers(path.join(s.ws.cache, 'dev'))).toEqual([]);
    expect(await browsersUnder(s.ws.tmp)).toEqual([]);
  }, 180_000);

  it('replaced by renaming a new folder into place: picks up the new folder and serves its plan', async () => {
    const s = await devSetup('dev-renamed');
    const { result, changed, served, stderr } = await runDev(s, async (lines) => {
      // Back to back: dev may or may not see the moment the name is free; either way it must follow the new folder.
      await rename(s.ws.plan, s.old);
      await rename(s.next, s.ws.plan);
      await lines.stderr.next(BACK);
    });
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    expect(stderr).toContain('salesplan dev: stopping');
    expect(stderr.filter((line) => BACK.test(line))).toHaveLength(1);
    expect(stderr.filter((line) => GONE.test(line)).length).toBeLessThanOrEqual(1);
    expect(served).toEqual({ before: OLD_PAGE_TITLE, after: NEW_PAGE_TITLE });
    expect(changed).toEqual(['~ project/plan/01-plan.md']);
    expect(await stagingLeftovers(path.join(s.ws.cache, 'dev'))).toEqual([]);
    expect(await browsersUnder(s.ws.tmp)).toEqual([]);
  }, 180_000);
});
