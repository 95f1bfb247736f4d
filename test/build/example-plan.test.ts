import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { build, type BuildResult } from '../../src/pipeline/index.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

// One real build of the example plan in content/, with the real Chromium, shared by the assertions below.
let work: string;
let out: string;
let result: BuildResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-example-'));
  out = path.join(work, 'output');
  result = await build({ planDir: 'content', outDir: out, cacheDir: path.join(work, 'cache') });
}, 180_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (name: string) => readFile(path.join(out, name), 'utf8');
const SECTION_PAGES = ['mission', 'goals', 'team', 'customers', 'process', 'action-plan', 'metrics'];

describe('building the example plan', () => {
  it('succeeds with no errors', () => {
    const errors = result.files.flatMap((f) => f.messages.filter((m) => m.fatal));
    expect(errors.map(String)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('writes an index, a page per section, the stylesheet and the handbook', async () => {
    const files = await readdir(out, { recursive: true });
    for (const name of ['index', ...SECTION_PAGES]) expect(files).toContain(`${name}.html`);
    expect(files).toContain('handbook.pdf');
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
  });

  it('shows the computed numbers of the worked example', async () => {
    const goals = await page('goals.html');
    for (const figure of ['$250,000', '$12,500', '12,800', '1,280', '200', '80', '160']) {
      expect(goals).toContain(figure);
    }
    const team = await page('team.html');
    expect(team).toMatch(/10\.0/); // SDR FTE
  });

  it('inlines the generated diagrams as SVG, with no mermaid script in the output', async () => {
    const process = await page('process.html');
    const action = await page('action-plan.html');
    expect(process).toContain('<svg');
    expect(action).toContain('<svg');
    for (const name of ['index', ...SECTION_PAGES]) {
      const html = await page(`${name}.html`);
      expect(html).not.toMatch(/<script/i);
      expect(html, 'an author diagram placeholder was left empty').not.toMatch(/data-diagram-id="[^"]*"><\/figure>/);
    }
    expect(result.diagrams.rendered + result.diagrams.cached).toBeGreaterThanOrEqual(2);
  });

  it('prints a handbook with every section title, the key numbers and a page x / y footer after the cover', async () => {
    const pdf = await readPdfText(await readFile(path.join(out, 'handbook.pdf')));
    const text = pdf.pages.join('\n');
    for (const name of SECTION_PAGES) {
      const html = await page(`${name}.html`);
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
      expect(title, `h1 of ${name}.html`).toBeTruthy();
      expect(text).toContain(title!);
    }
    for (const figure of ['$250,000', '12,800']) expect(text).toContain(figure);
    const total = pdf.pages.length;
    expect(total).toBeGreaterThan(5);
    // The cover has no footer; the page after it is page 2.
    expect(pdf.pages[0]).not.toContain(`1 / ${total}`);
    expect(pdf.pages[1]).toContain(`2 / ${total}`);
    expect(pdf.pages[total - 1]).toContain(`${total} / ${total}`);
  });

  it('reads well in the browser from file://, on a phone and a laptop', async () => {
    const session = new BrowserSession();
    try {
      const browser = await session.get();
      const tab = await browser.newPage();
      try {
        const failed: string[] = [];
        tab.on('requestfailed', (r) => failed.push(r.url()));
        for (const width of [360, 1280]) {
          await tab.setViewport({ width, height: 800 });
          for (const name of ['index', ...SECTION_PAGES]) {
            await tab.goto(pathToFileURL(path.join(out, `${name}.html`)).href, { waitUntil: 'load' });
            const view = await tab.evaluate(() => ({
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              links: [...document.querySelectorAll('nav a')].map((a) => (a as HTMLAnchorElement).href),
              stylesheetApplied: getComputedStyle(document.body).fontFamily !== '',
            }));
            expect(view.overflow, `${name}.html at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
            expect(view.links.length).toBeGreaterThanOrEqual(SECTION_PAGES.length);
          }
        }
        expect(failed).toEqual([]);
      } finally {
        await tab.close();
      }
    } finally {
      await session.close();
    }
  });

  it('publishes no warning: the plan’s warnings are printed for its authors, in no page or PDF', async () => {
    const reasons = warningReasons(result);
    expect(reasons.length, 'the example has warnings to leave out').toBeGreaterThan(0);
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    for (const name of pages) {
      const html = await page(name);
      expect(html, name).not.toContain('class="warnings"');
      for (const reason of reasons) expect(plainText(html), `${name}: ${reason}`).not.toContain(reason);
    }
    const pdfs = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(1);
    for (const name of pdfs) {
      const text = plainText((await readPdfText(await readFile(path.join(out, name)))).pages.join(' '));
      expect(text, name).not.toContain('The plan builds, but these points need a look.');
      for (const reason of reasons) expect(text, `${name}: ${reason}`).not.toContain(reason);
    }
  });

  it('shows the warnings in the pages and the handbook of a draft (--drafts)', async () => {
    const draft = path.join(work, 'draft');
    const drafted = await build({ planDir: 'content', outDir: draft, cacheDir: path.join(work, 'cache'), drafts: true, roleHandbooks: false, numbers: false });
    expect(drafted.ok).toBe(true);
    // The model's warnings on the section files are the ones a draft shows (a scenario's go to the terminal).
    const reasons = warningReasons(drafted, (file) => file.endsWith('.md'));
    expect(reasons.length).toBeGreaterThan(0);
    const index = plainText(await readFile(path.join(draft, 'index.html'), 'utf8'));
    const handbook = plainText((await readPdfText(await readFile(path.join(draft, 'handbook.pdf')))).pages.join(' '));
    for (const reason of reasons) {
      expect(index).toContain(reason);
      expect(handbook).toContain(reason);
    }
  });
});

/** The start of each warning's text (the part before any figure or code), as a reader would see it. */
function warningReasons(built: BuildResult, inFile: (file: string) => boolean = () => true): string[] {
  const warnings = built.files.filter((f) => inFile(f.path)).flatMap((f) => f.messages.filter((m) => m.fatal === false));
  return warnings.map((m) => plainText(m.reason).split(' ').slice(0, 4).join(' '));
}

/** Text with tags dropped, the common entities decoded and white space collapsed. */
function plainText(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[`\s\u00a0]+/g, ' ');
}
