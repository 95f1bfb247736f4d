import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, renderSite } from '../../src/render/index.ts';
import { FULL_LIST, WINDOW } from '../../src/render/site-nav.ts';
import type { RenderInput, RenderSection } from '../../src/render/types.ts';
import { fixtureInput } from './fixture.ts';

const opts = { templateDirs: [BUILTIN_TEMPLATES] };

/** The fixture plan with `count` extra pages under goals (titles of one length, so only the nav can differ). */
function withPages(count: number, parent: RenderSection['parent'] | null = 'goals'): RenderInput {
  const input = fixtureInput();
  const pages: RenderSection[] = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return { key: 'page', ...(parent ? { parent } : {}), slug: `note-${n}`, title: `Note ${n}`, html: `<p>Field note ${n}.</p>`, headings: [], file: `content/${n}.md` };
  });
  const at = input.sections.findIndex((s) => s.key === (parent ?? 'metrics')) + 1;
  input.sections.splice(parent ? at : input.sections.length, 0, ...pages);
  return input;
}

function site(input: RenderInput): Map<string, string> {
  return new Map(renderSite(input, opts).files.map((f) => [f.path, f.contents]));
}

const navOf = (html: string) => html.slice(html.indexOf('<ul class="nav-wide">'), html.indexOf('</nav>', html.indexOf('<ul class="nav-wide">')));
const links = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('the site nav of a section with many pages', () => {
  const small = site(withPages(50));
  const large = site(withPages(500));

  it('keeps a page the same size whatever the number of pages beside it', () => {
    for (const name of ['note-0025.html', 'mission.html', 'team.html']) {
      const a = small.get(name)?.length ?? 0;
      const b = large.get(name)?.length ?? 0;
      expect(a, name).toBeGreaterThan(1000);
      // The counts in "All 50 pages" and "All 500 pages" differ by a digit in each copy of the nav.
      expect(Math.abs(b - a), `${name}: ${a} vs ${b} bytes`).toBeLessThan(16);
    }
  });

  it('shows a window around the current page, gaps, and a link to the whole list', () => {
    const nav = navOf(large.get('note-0250.html') ?? '');
    const pages = links(nav).filter((href) => href?.startsWith('note-'));
    expect(pages).toEqual(['note-0248.html', 'note-0249.html', 'note-0250.html', 'note-0251.html', 'note-0252.html']);
    expect(nav).toMatch(/href="note-0250\.html" aria-current="page"/);
    expect(nav.match(/class="nav-gap"/g)).toHaveLength(2);
    expect(nav).toContain('<a href="goals.html#section-pages">All 500 pages</a>');
    // At the ends the window stays WINDOW pages long, with one gap.
    const first = links(navOf(large.get('note-0001.html') ?? '')).filter((href) => href?.startsWith('note-'));
    expect(first).toHaveLength(WINDOW);
    expect(first[0]).toBe('note-0001.html');
    expect(links(navOf(large.get('note-0500.html') ?? '')).filter((href) => href?.startsWith('note-')).at(-1)).toBe('note-0500.html');
  });

  it('lists every page on the section page, once, where the nav link points', () => {
    const goals = large.get('goals.html') ?? '';
    const list = goals.slice(goals.indexOf('id="section-pages"'));
    expect(list.length).toBeLessThan(goals.length);
    const listed = links(list.slice(0, list.indexOf('</nav>')));
    expect(listed).toHaveLength(500);
    expect(new Set(listed).size).toBe(500);
    expect(listed[0]).toBe('note-0001.html');
    // Other sections' pages neither open the list nor carry it.
    expect(large.get('team.html')).not.toContain('note-0001.html');
    expect(large.get('team.html')).not.toContain('section-pages');
  });

  it('shows a short list whole, with no gap, no link to the list and no list on the section page', () => {
    const few = site(withPages(FULL_LIST));
    const nav = navOf(few.get('note-0003.html') ?? '');
    expect(links(nav).filter((href) => href?.startsWith('note-'))).toHaveLength(FULL_LIST);
    expect(nav).not.toContain('nav-gap');
    expect(nav).not.toContain('nav-more');
    expect(few.get('goals.html')).not.toContain('section-pages');
  });

  it('windows many pages without a parent too, pointing at the home page that lists them all', () => {
    const loose = site(withPages(100, null));
    const nav = navOf(loose.get('note-0050.html') ?? '');
    expect(links(nav).filter((href) => href?.startsWith('note-'))).toEqual(['note-0048.html', 'note-0049.html', 'note-0050.html', 'note-0051.html', 'note-0052.html']);
    expect(nav).toContain('<a href="index.html#sections-heading">All 100 pages</a>');
    expect(links(loose.get('index.html') ?? '').filter((href) => href?.startsWith('note-'))).toHaveLength(100 + 2 * WINDOW);
  });
});
