import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { BrowserSession } from '../../src/browser/launch.ts';
import { FAKE_ORIGIN } from '../../src/browser/offline.ts';
import { withPage } from '../../src/browser/page.ts';
import { formatMessages } from '../reliability/corpus-cases.ts';
import { writeHostilePlan } from './hostile-plan.ts';

/**
 * A plan written to attack its readers: script tags, event handlers, javascript: links, template syntax in
 * frontmatter, a mermaid block with HTML labels and click callbacks. The built site must carry none of it as
 * active content, and opening every page in the real Chromium (clicking every link and diagram node) runs nothing.
 */
let work: string;
let site: string;
let pages: Record<string, string>;
const session = new BrowserSession();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-hostile-'));
  await writeHostilePlan(path.join(work, 'plan'));
  site = path.join(work, 'site');
  const result = await build({ planDir: 'plan', outDir: 'site', cwd: work, pdf: true, cacheDir: path.join(work, 'cache') });
  expect(formatMessages(result.files).filter((line) => / error /.test(line))).toEqual([]);
  expect(result.ok).toBe(true);
  const names = (await readdir(site, { recursive: true })).filter((name) => name.endsWith('.html'));
  pages = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(site, name), 'utf8')])));
}, 180_000);

afterAll(async () => {
  await session.close();
  await rm(work, { recursive: true, force: true });
});

describe('a hostile plan', () => {
  it('leaves no script, event handler or javascript: URL in the HTML', () => {
    expect(Object.keys(pages).length).toBeGreaterThan(3);
    for (const [name, html] of Object.entries(pages)) {
      expect(html, name).not.toMatch(/<script/i);
      expect(html, name).not.toMatch(/<iframe/i);
      expect(html, name).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, name).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
      expect(html, name).not.toMatch(/url\(javascript:/i);
    }
  });

  it('keeps harmless HTML: details, summary, kbd, br', () => {
    const mission = Object.entries(pages).find(([, html]) => html.includes('More detail'))?.[1] ?? '';
    expect(mission).toContain('<details><summary>More detail</summary>Press <kbd>Ctrl</kbd>+<kbd>C</kbd><br>then paste.</details>');
    expect(mission).toContain('a javascript: link in HTML');
  });

  it('shows frontmatter strings as text, template syntax included, never evaluated', () => {
    const all = Object.values(pages).join('\n');
    expect(all).toContain('{{constructor.constructor(&#x27;window.__pwned&#x3D;1&#x27;)()}}');
    expect(all).toContain('&lt;img src&#x3D;x onerror&#x3D;window.__pwned&#x3D;&#x27;company&#x27;&gt;');
    expect(all).toContain('&lt;script&gt;window.__pwned&#x3D;&#x27;mission&#x27;&lt;/script&gt;{{{mission}}}');
    expect(all).not.toContain('[object Object]');
  });

  it('draws the mermaid block with its labels as text and without links or callbacks', () => {
    const svgs = Object.values(pages).flatMap((html) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? []);
    const hostile = svgs.filter((svg) => svg.includes('id="diagram-06-process-1"'));
    expect(hostile.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      // mermaid's strict mode drops the tags from the labels; the clean-up drops any link it would draw.
      expect(svg).not.toMatch(/<script|<foreignObject|<img|\son[a-z]+=|javascript:|pwned|<a [^>]*href/i);
    }
  });

  it('runs no script when every page is opened and clicked in Chromium', async () => {
    const files = new Map<string, Buffer>();
    for (const name of await readdir(site, { recursive: true })) {
      const data = await readFile(path.join(site, name)).catch(() => undefined);
      if (data) files.set(`${FAKE_ORIGIN}${name.split(path.sep).join('/')}`, data);
    }
    const type = (url: string) => (url.endsWith('.css') ? 'text/css' : url.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8');
    const routes = (url: string) => {
      const body = files.get(url);
      return body ? { body, contentType: type(url) } : undefined;
    };
    const dialogs: string[] = [];
    for (const name of Object.keys(pages)) {
      const result = await withPage(
        session,
        async (page) => {
          page.on('dialog', (dialog) => {
            dialogs.push(`${name}: ${dialog.message()}`);
            void dialog.dismiss();
          });
          await page.goto(`${FAKE_ORIGIN}${name.split(path.sep).join('/')}`, { waitUntil: 'load' });
          // Click every link and every diagram node, staying on the page.
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('a, svg g, svg text, details summary')) {
              el.addEventListener('click', (event) => event.preventDefault(), { once: true });
              el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            }
          });
          return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
        },
        routes,
      );
      expect(result, name).toBeNull();
    }
    expect(dialogs).toEqual([]);
  });
});
