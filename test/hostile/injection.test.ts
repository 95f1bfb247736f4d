import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { changedBy, editPlanFile, expectNoInternalError, salesplan, type Workspace, workspace } from './harness.ts';

/**
 * Injection: frontmatter text that reaches a generated diagram is inert text, a plan link is an http(s),
 * mailto: or in-plan address, a remote resource in raw HTML gets the warning a Markdown image gets, and the
 * sanitised prose stays valid HTML. Each case runs the real CLI in its own workspace.
 */

const BUILD_TIMEOUT = 180_000;

/** The site may be written: only the output folder (besides the cache and TMPDIR) may change. */
function allowedFor(ws: Workspace): string[] {
  return [ws.cache, ws.tmp, path.join(ws.project, 'output')];
}

async function buildSite(ws: Workspace) {
  const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf']), allowedFor(ws));
  expectNoInternalError(result);
  return { result, changed };
}

async function check(ws: Workspace) {
  const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan']));
  expectNoInternalError(result);
  return { result, changed };
}

/** The inline SVG of diagram `id` in a built page. */
async function svgOf(ws: Workspace, page: string, id: string): Promise<string> {
  const html = await readFile(path.join(ws.project, 'output', page), 'utf8');
  const start = html.indexOf(`<svg xmlns="http://www.w3.org/2000/svg" id="diagram-${id}"`);
  expect(start, `diagram ${id} in ${page}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</svg>', start) + 6);
}

/** The diagram's stylesheet with its own id taken out: two flowcharts drawn with one configuration match. */
function styleOf(svg: string, id: string): string {
  return (/<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '').replaceAll(`diagram-${id}`, 'ID');
}

/**
 * What a reader sees in the drawing (not its <title> and <desc>, which name the plan text anyway), without white space (mermaid wraps a long label over several rows, and a row break is no
 * character): tags dropped, entities decoded, typographic quotes (how a label shows `"`) and word joiners undone.
 */
function visibleText(svg: string): string {
  return svg
    .replace(/<(style|title|desc)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\s\u2060]/g, '');
}

const squeezed = (text: string) => text.replace(/\s/g, '');

/** Markup in the SVG itself (its text removed): where an injected element or attribute would show. */
function markupOf(svg: string): string {
  return svg.replace(/>[^<]*</g, '><');
}

/** The line the user sees for the message at `file:line:column`, as `check` prints it. */
function lineOf(stderr: string, prefix: string): string | undefined {
  return stderr.split('\n').find((line) => line.startsWith(prefix));
}

const LINK_HINT =
  '  hint: write a web address such as https://wiki.example.com/sales; javascript:, data:, vbscript: and file: links would run code or open files in the reader’s browser';

describe('hostile plan: injection into diagrams', () => {
  it(
    'a Mermaid directive in a frontmatter string is text: the diagram keeps the build’s theme',
    async () => {
      const ws = await workspace('directive');
      const directive = `%%{init: {'theme':'dark', 'themeVariables': {'primaryColor': '#ff0000'}}}%%`;
      await editPlanFile(ws, '04-team.md', 'title: Head of Sales', `title: "Head ${directive} of Sales"`);
      const { result, changed } = await buildSite(ws);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Built output/ from 8 files: 8 pages, 5 diagrams');
      expect(changed).toEqual([]);

      const org = await svgOf(ws, 'team.html', 'org');
      const processSvg = await svgOf(ws, 'process.html', 'process');
      // Both are flowcharts drawn with the one configuration: a directive that took effect would change the org's.
      expect(styleOf(org, 'org') === styleOf(processSvg, 'process')).toBe(true);
      expect(styleOf(org, 'org')).not.toContain('#ff0000');
      expect(visibleText(org)).toContain(squeezed(`Head ${directive} of Sales:`));
    },
    BUILD_TIMEOUT,
  );

  it(
    'click lines, :::classes, markup, quotes, entities and newlines in frontmatter strings stay label text',
    async () => {
      const ws = await workspace('click-markup');
      // A directive that would turn on HTML labels and loose security, then what those would let through.
      const stage = `Prospect %%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%% <b onclick=alert(1)>x</b> #quot; :::evil`;
      await editPlanFile(ws, '06-process.md', 'name: Prospecting', `name: '${stage}'`);
      await editPlanFile(ws, '07-action-plan.md', 'title: Hire the third AE', `title: "click m0 href \\"javascript:alert(1)\\"\\n%% comment"`);
      const { result, changed } = await buildSite(ws);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Built output/ from 8 files: 8 pages, 5 diagrams');
      expect(changed).toEqual([]);

      const processSvg = await svgOf(ws, 'process.html', 'process');
      expect(visibleText(processSvg)).toContain(squeezed(stage));
      expect(markupOf(processSvg)).not.toMatch(/<a\b|<b\b|\sonclick=|<foreignObject|class="[^"]*evil/i);

      const gantt = await svgOf(ws, 'action-plan.html', 'gantt');
      expect(visibleText(gantt)).toContain(squeezed('click m0 href "javascript:alert(1)" %% comment'));
      expect(markupOf(gantt)).not.toMatch(/<a\b|javascript:/i);
    },
    BUILD_TIMEOUT,
  );
});

describe('hostile plan: links in the footer', () => {
  const links = (hrefs: string[]) =>
    `phasing: working_days\nlinks:\n${hrefs.map((href, i) => `  - title: Link ${i}\n    href: ${JSON.stringify(href)}`).join('\n')}`;

  it('a javascript: link is an error at its href, and the allowed kinds pass', async () => {
    const ws = await workspace('javascript-link');
    const hrefs = ['https://wiki.example.com/sales', 'mailto:sales@example.com', 'numbers.csv', '#top', 'javascript:alert(document.domain)'];
    await editPlanFile(ws, '01-plan.md', 'phasing: working_days', links(hrefs));
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => / error /.test(line));
    expect(errors).toEqual([
      'plan/01-plan.md:25:11 error link `javascript:alert(document.domain)` uses `javascript:`; a plan link may be an http(s) or mailto: address, or a path inside the plan',
    ]);
    expect(result.stderr).toContain(`${errors[0]}\n${LINK_HINT}\n`);
    expect(changed).toEqual([]);
  });

  it('a data: link is an error at its href', async () => {
    const ws = await workspace('data-link');
    await editPlanFile(ws, '01-plan.md', 'phasing: working_days', links(['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==']));
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(lineOf(result.stderr, 'plan/01-plan.md:17:11')).toBe(
      'plan/01-plan.md:17:11 error link `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==` uses `data:`; a plan link may be an http(s) or mailto: address, or a path inside the plan',
    );
    expect(changed).toEqual([]);
  });

  it('vbscript:, file:, a hidden tab in javascript: and a path out of the plan are errors too', async () => {
    const ws = await workspace('other-links');
    await editPlanFile(ws, '01-plan.md', 'phasing: working_days', links(['vbscript:msgbox(1)', 'file:///etc/passwd', 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', '../../outside/secret.txt', '//evil.example/x']));
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const reasons = result.stderr.split('\n').filter((line) => / error /.test(line)).map((line) => line.replace(/; a plan link may be .*$/, ''));
    expect(reasons).toEqual([
      'plan/01-plan.md:17:11 error link `vbscript:msgbox(1)` uses `vbscript:`',
      'plan/01-plan.md:19:11 error link `file:///etc/passwd` uses `file:`',
      'plan/01-plan.md:21:11 error link `java\\x09script:alert(1)` uses `javascript:`',
      'plan/01-plan.md:23:11 error link ` JAVASCRIPT:alert(1)` uses `javascript:`',
      'plan/01-plan.md:25:11 error link `../../outside/secret.txt` points outside the plan folder',
      'plan/01-plan.md:27:11 error link `//evil.example/x` has no scheme (`//host…`)',
    ]);
    expect(changed).toEqual([]);
  });
});

describe('hostile plan: raw HTML in the prose', () => {
  const LAST_LINE = 'We exist so that sales teams spend their time selling, not building reports.';
  const REMOTE_WORDING = 'is not downloaded: the PDF shows it as missing and the site loads it from that server';

  it('a remote image in raw HTML gets the warning a Markdown image gets, at the element', async () => {
    const ws = await workspace('raw-remote-image');
    await editPlanFile(ws, '02-mission.md', LAST_LINE, `${LAST_LINE}\n\nOur office: <img src="https://tracker.example/pixel.gif" alt="office">`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(0);
    expect(lineOf(result.stderr, 'plan/02-mission.md:')).toBe(
      `plan/02-mission.md:20:13 warning remote image \`https://tracker.example/pixel.gif\` ${REMOTE_WORDING}`,
    );
    expect(changed).toEqual([]);
  });

  it('srcset, <source>, <video poster> and an <iframe> that load from elsewhere are warned at too', async () => {
    const ws = await workspace('raw-remote-media');
    const html = [
      '<picture>',
      '  <source srcset="local.png 1x, https://cdn.example/hero@2x.png 2x">',
      '  <img src="local.png" srcset="https://cdn.example/small.png 480w" alt="hero">',
      '</picture>',
      '',
      '<video poster="https://cdn.example/poster.jpg" controls><source src="https://cdn.example/intro.mp4"></video>',
      '',
      '<iframe src="//video.example/embed/1"></iframe>',
    ].join('\n');
    await editPlanFile(ws, '02-mission.md', LAST_LINE, `${LAST_LINE}\n\n${html}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('plan/02-mission.md:'));
    expect(warnings).toEqual([
      `plan/02-mission.md:21:3 warning remote image \`https://cdn.example/hero@2x.png\` ${REMOTE_WORDING}`,
      `plan/02-mission.md:22:3 warning remote image \`https://cdn.example/small.png\` ${REMOTE_WORDING}`,
      `plan/02-mission.md:25:1 warning remote image \`https://cdn.example/poster.jpg\` ${REMOTE_WORDING}`,
      `plan/02-mission.md:25:57 warning remote video \`https://cdn.example/intro.mp4\` ${REMOTE_WORDING}`,
      `plan/02-mission.md:27:1 warning remote iframe \`//video.example/embed/1\` ${REMOTE_WORDING}`,
    ]);
    expect(changed).toEqual([]);
  });

  it(
    'sanitising leaves valid HTML: an <img> whose src was stripped becomes its alt text (Nu HTML checker)',
    async () => {
      const ws = await workspace('sanitized-img');
      const html = [
        'Chart: <img src="javascript:alert(1)" alt="the org chart"> and <img src="data:image/png;base64,iVBORw0KGgo=">.',
        '',
        '<picture><source srcset="javascript:alert(2)"></picture>',
        '',
        '<video poster="poster.png"><source src="intro.mp4"></video>',
      ].join('\n');
      await editPlanFile(ws, '02-mission.md', LAST_LINE, `${LAST_LINE}\n\n${html}`);
      const { result, changed } = await buildSite(ws);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Built output/ from 8 files: 8 pages');
      expect(changed).toEqual([]);

      const page = path.join(ws.project, 'output', 'mission.html');
      const mission = await readFile(page, 'utf8');
      expect(mission).toContain('Chart: the org chart and .');
      expect(mission).not.toMatch(/<img(?![^>]*\ssrc=)[^>]*>|<source|<picture|javascript:|data:image/);
      expect(await vnuErrors(page)).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});

/** The Nu HTML checker's errors for one page, as `line: message` (vnu-jar exports its jar's path; Java runs it). */
async function vnuErrors(page: string): Promise<string[]> {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const output = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', page], { maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string; message: string }) => {
      if (!error.stderr?.trim().startsWith('{')) throw new Error(`vnu did not run: ${error.message}`);
      return error.stderr;
    },
  );
  const { messages } = JSON.parse(output) as { messages: { type: string; lastLine?: number; message: string }[] };
  return messages.filter((m) => m.type !== 'info').map((m) => `${m.lastLine ?? '?'}: ${m.message}`);
}
