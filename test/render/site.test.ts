import { siteFontFiles } from '../../src/core/typeface.ts';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, renderSite } from '../../src/render/index.ts';
import type { OutputFile } from '../../src/render/types.ts';
import { diagramPlaceholder, fixtureInput, warningAt } from './fixture.ts';

const opts = { templateDirs: [BUILTIN_TEMPLATES] };

function attrs(html: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

function page(files: OutputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return file.contents;
}

describe('renderSite', () => {
  const input = fixtureInput();
  const { files } = renderSite(input, opts);
  const paths = files.map((f) => f.path);
  // The build adds the fonts and their stylesheet beside the pages (src/pipeline/outputs/site.ts).
  const built = [...paths, ...siteFontFiles().map((f) => f.path)];

  it('writes index.html, one page per section except the plan, and the stylesheet', () => {
    expect(paths.sort()).toEqual(
      ['index.html', 'mission.html', 'goals.html', 'team.html', 'customers.html', 'process.html', 'action-plan.html', 'metrics.html', 'assets/site.css'].sort(),
    );
    expect(page(files, 'assets/site.css')).toContain('tabular-nums');
  });

  it('links every page to files in the output, relatively, so it works from file://', () => {
    for (const file of files.filter((f) => f.path.endsWith('.html'))) {
      const html = file.contents;
      expect(attrs(html, 'href')).toContain('assets/site.css');
      const pdfs = new Set(input.downloads.map((p) => p.href));
      const local = attrs(html, 'href').filter((h) => !/^[a-z]+:/.test(h) && !h.startsWith('#') && !pdfs.has(h));
      expect(local.length).toBeGreaterThan(8);
      for (const href of local) {
        const [target = '', anchor] = href.split('#');
        expect(built, `${file.path} links ${href}`).toContain(target);
        if (anchor) expect(attrs(page(files, target), 'id'), `${file.path} links ${href}`).toContain(anchor);
      }
      // In-page links point at ids the page has.
      const ids = new Set(attrs(html, 'id'));
      for (const href of attrs(html, 'href').filter((h) => h.startsWith('#'))) expect(ids, `${file.path} ${href}`).toContain(href.slice(1));
    }
  });

  it('marks the current page in the nav, and only it', () => {
    const team = page(files, 'team.html');
    const current = [...team.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((m) => m[1]);
    // Two copies of the nav (phone and wide), both marking team.html.
    expect(current).toEqual(['team.html', 'team.html']);
    expect(page(files, 'index.html')).toMatch(/<a href="index.html" aria-current="page">/);
  });

  it('links previous and next in plan order', () => {
    const team = page(files, 'team.html');
    expect(team).toMatch(/rel="prev" href="goals.html"/);
    expect(team).toMatch(/rel="next" href="customers.html"/);
    expect(page(files, 'index.html')).not.toContain('rel="prev"');
    expect(page(files, 'metrics.html')).not.toContain('rel="next"');
  });

  it('shows the lang, header, PDFs and generation info', () => {
    const index = page(files, 'index.html');
    expect(index).toContain('<html lang="en-US">');
    expect(index).toContain('name="viewport"');
    expect(index).toContain('<span class="company">Quillspend</span>');
    expect(index).toContain('href="handbook.pdf"');
    expect(index).toContain('Commit 0123456');
    expect(index).toContain('$250,000');
    expect(page(files, 'team.html')).toContain('<code>content/team.md</code>');
  });

  it('lists a section warning on its page and every warning on the index', () => {
    expect(page(files, 'team.html')).toContain('requisition date already past');
    expect(page(files, 'goals.html')).not.toContain('requisition date already past');
    expect(page(files, 'index.html')).toContain('content/elsewhere.md:4:9');
    expect(page(files, 'index.html')).toContain('requisition date already past');
  });

  it('shows status as a class and as a word, and flags a late requisition', () => {
    const team = page(files, 'team.html');
    expect(team).toMatch(/<tr class="status-yellow">\s*<th scope="row">Oct 2026<\/th>/);
    expect(team).toMatch(/<tr class="status-yellow">[\s\S]*?<span class="status-badge">Short<\/span>/);
    expect(team).toMatch(/<tr class="late">[\s\S]*?Late/);
  });

  it('renders the section diagrams with a caption and alt text', () => {
    const process = page(files, 'process.html');
    expect(process).toContain('role="img" aria-label="The stages in order" tabindex="0"><svg');
    expect(process).toContain('<figcaption>Sales process</figcaption>');
  });
});

describe('author diagrams', () => {
  it('replaces a placeholder with the rendered SVG figure', () => {
    const input = fixtureInput();
    const goals = input.sections.find((s) => s.key === 'goals');
    if (!goals) throw new Error('fixture has goals');
    goals.html = `<p>Before</p>${diagramPlaceholder('02-goals-1')}<p>After</p>`;
    input.diagrams.set('02-goals-1', { svg: '<svg id="author-svg"><g/></svg>', title: 'Pipeline', description: 'Deals by stage' });
    const html = page(renderSite(input, opts).files, 'goals.html');
    expect(html).not.toContain(diagramPlaceholder('02-goals-1'));
    expect(html).toContain(
      '<figure class="diagram" data-diagram-id="02-goals-1"><div class="diagram-svg" role="img" aria-label="Deals by stage" tabindex="0"><svg id="author-svg"><g/></svg></div><figcaption>Pipeline</figcaption></figure>',
    );
  });

  it('shows the source and the notice, escaped, when a diagram could not be rendered', () => {
    const input = fixtureInput();
    const team = input.sections.find((s) => s.key === 'team');
    if (!team) throw new Error('fixture has team');
    team.html = diagramPlaceholder('03-team-1');
    input.diagramFallbacks = new Map([['03-team-1', { source: 'graph TD\n  A-->B<script>', notice: 'Chromium was not found' }]]);
    const html = page(renderSite(input, opts).files, 'team.html');
    expect(html).toContain('<p class="notice" role="note">Chromium was not found</p>');
    expect(html).toContain('A--&gt;B&lt;script&gt;');
    expect(html).not.toContain('B<script>');
  });
});

describe('escaping', () => {
  it('escapes plan strings, and never evaluates them as templates', () => {
    const input = fixtureInput();
    input.facts.plan.title = '<script>alert(1)</script>';
    input.facts.plan.company = '{{constructor}}';
    input.facts.mission.competitors[0]!.name = '"><img src=x onerror=alert(1)>';
    input.facts.team.roles[0]!.title = '{{#each this}}x{{/each}}';
    input.warnings.push(warningAt('content/mission.md', 1, 1, '<b>bold</b>'));
    const { files } = renderSite(input, opts);
    const all = files.map((f) => f.contents).join('\n');
    expect(all).not.toContain('<script>alert(1)</script>');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('{{constructor}}');
    expect(all).not.toContain('function Object()');
    const mission = page(files, 'mission.html');
    expect(mission).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(mission).not.toContain('<img src=x');
    expect(mission).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(page(files, 'team.html')).toContain('{{#each this}}x{{/each}}');
  });
});
