import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, renderHandbook } from '../../src/render/index.ts';
import { diagramPlaceholder, fixtureInput } from './fixture.ts';

const opts = { templateDirs: [BUILTIN_TEMPLATES] };

function attrs(html: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

describe('renderHandbook', () => {
  const input = fixtureInput();
  const mission = input.sections.find((s) => s.key === 'mission');
  if (mission) mission.html += diagramPlaceholder('01-mission-1');
  input.diagrams.set('01-mission-1', { svg: '<svg id="m1"></svg>', title: 'Positioning map', description: 'Where we sit' });
  const html = renderHandbook(input, opts);

  it('is one document with a cover, a contents list and every section in plan order', () => {
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toContain('class="cover"');
    expect(html).toContain('Sales plan handbook');
    expect(html).toContain('Version: Commit 0123456 · Sep 30, 2026');
    const chapters = [...html.matchAll(/<section class="chapter section-([a-z_]+)" id="([^"]+)"/g)].map((m) => m[1]);
    expect(chapters).toEqual(['plan', 'mission', 'goals', 'team', 'customers', 'process', 'action_plan', 'metrics']);
  });

  it('inlines its CSS and asks for nothing from outside', () => {
    expect(html).toContain('<style>');
    expect(html).toContain('size: A4');
    expect(html).toContain('break-before: page');
    expect(html).toContain('display: table-header-group');
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/<script\b/);
    expect(html).not.toMatch(/\ssrc="/);
  });

  it('keeps every id unique and every internal link pointing at one', () => {
    const ids = attrs(html, 'id');
    expect(new Set(ids).size).toBe(ids.length);
    const idSet = new Set(ids);
    const internal = attrs(html, 'href').filter((h) => h.startsWith('#'));
    expect(internal.length).toBeGreaterThan(16);
    for (const href of internal) expect(idSet, href).toContain(href.slice(1));
    // A link to another section page became a link inside the document.
    expect(html).toContain('href="#team--roles"');
    expect(attrs(html, 'href')).not.toContain('team.html#roles');
  });

  it('shows the facts and the prose of each section, author diagrams included', () => {
    expect(html).toContain('$250,000');
    expect(html).toContain('<figcaption>Positioning map</figcaption>');
    expect(html).toContain('aria-label="Where we sit" tabindex="0"><svg id="m1"></svg>');
    expect(html).not.toContain(diagramPlaceholder('01-mission-1'));
    expect(html).toContain('<span class="status-badge">Short</span>');
  });

  it('lists every warning once, in the first chapter', () => {
    expect(html.match(/requisition date already past/g)).toHaveLength(1);
    expect(html.match(/target not divisible/g)).toHaveLength(1);
  });
});
