import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { diagramPlaceholder, parseSection } from '../../src/parse/index.ts';
import { proseToHtml } from '../../src/render/prose-html.ts';

const WITH_DIAGRAM = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'parse', 'with-diagram.md'), 'utf8');

function section(text: string, path = 'content/06-process.md') {
  const parsed = parseSection(new VFile({ path, value: text }));
  // HTML is made at render time from the parsed tree; the default policy sanitizes.
  return { ...parsed, ...proseToHtml(parsed.prose, 'sanitized') };
}

describe('parseSection prose', () => {
  const parsed = section(WITH_DIAGRAM);

  it('replaces each mermaid block with its placeholder and records source and position', () => {
    expect(parsed.diagrams.map((d) => d.id)).toEqual(['06-process-1', '06-process-2']);
    const [first, second] = parsed.diagrams;
    expect(first?.source).toBe('flowchart LR\n  a --> b');
    expect(first?.position.start).toMatchObject({ line: 14, column: 1 });
    expect(first?.position.end).toMatchObject({ line: 17, column: 4 });
    expect(second?.source).toBe('sequenceDiagram\n  A->>B: hi');
    expect(second?.position.start.line).toBe(31);
    expect(parsed.html).toContain(diagramPlaceholder('06-process-1'));
    expect(parsed.html).toContain(diagramPlaceholder('06-process-2'));
    expect(parsed.html).not.toContain('flowchart');
    // Other code blocks stay code.
    expect(parsed.html).toContain('<code class="language-js">');
  });

  it('takes the first level-1 heading out as the title', () => {
    expect(parsed.title).toBe('How we sell');
    expect(parsed.html).not.toContain('<h1');
    expect(parsed.html).not.toContain('How we sell');
  });

  it('lists the level 2 and 3 headings with their slug ids', () => {
    expect(parsed.headings).toEqual([
      { depth: 2, text: 'Stages', id: 'stages' },
      { depth: 3, text: 'Prospecting', id: 'prospecting' },
      { depth: 2, text: 'Stages', id: 'stages-1' },
    ]);
    expect(parsed.html).toContain('<h2 id="stages">Stages</h2>');
    expect(parsed.html).toContain('<h2 id="stages-1">Stages</h2>');
  });

  it('sanitizes raw HTML (harmless tags stay, scripts and unknown classes go) and renders GFM tables', () => {
    expect(parsed.html).not.toContain('<script');
    expect(parsed.html).toContain('Intro with <span>raw html</span>');
    // In salesplan's own scroll box, classed as its tables are (render/prose-tables.ts).
    expect(parsed.html).toMatch(/<div class="table-wrap" role="region" tabindex="0" aria-label="[^"]+"><table class="data[^"]*">/);
    expect(parsed.html).toContain('<a href="https://example.com">link</a>');
  });

  it('keeps frontmatter out of the HTML and reports nothing for a good file', () => {
    expect(parsed.html).not.toContain('section:');
    expect(parsed.data).toEqual({ section: 'process', title: 'Our process' });
    expect(parsed.file.messages).toEqual([]);
  });

  it('gives slug ids per file, not across files', () => {
    const again = section(WITH_DIAGRAM, 'content/07-other.md');
    expect(again.headings[0]?.id).toBe('stages');
    expect(again.diagrams[0]?.id).toBe('07-other-1');
  });

  it('has no title when there is no level-1 heading', () => {
    const plain = section('---\nsection: plan\n---\n\n## Only a subheading\n');
    expect(plain.title).toBeUndefined();
    expect(plain.headings).toEqual([{ depth: 2, text: 'Only a subheading', id: 'only-a-subheading' }]);
  });
});

describe('parseSection section key', () => {
  it('reports a file without frontmatter, suggesting the section from the file name', () => {
    const parsed = section('# Goals\n\nNo facts here.\n', 'content/03-goals.md');
    const [message] = parsed.file.messages;
    expect(parsed.data).toBeUndefined();
    expect(message?.fatal).toBe(true);
    expect(message?.reason).toContain('`section: goals`');
    expect([message?.line, message?.column]).toEqual([1, 1]);
    expect(parsed.title).toBe('Goals');
  });

  it('reports frontmatter without `section`, listing the section names', () => {
    const parsed = section('---\ntarget: 5\n---\n', 'content/07-action-plan.md');
    const [message] = parsed.file.messages;
    expect(message?.reason).toBe(
      'the frontmatter has no `section`; add `section: action_plan` (one of: plan, mission, goals, team, customers, process, action_plan, metrics)',
    );
    expect(message?.line).toBe(2);
  });

  it('does not add a section error on top of a YAML syntax error', () => {
    const parsed = section('---\ntarget: 1\ntarget: 2\n---\n');
    expect(parsed.file.messages.map((m) => m.ruleId)).toEqual(['yaml-syntax']);
  });
});
