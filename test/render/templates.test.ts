import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, renderHandbook, renderSite } from '../../src/render/index.ts';
import { loadTemplates } from '../../src/render/templates.ts';
import { fixtureInput } from './fixture.ts';

const temp = mkdtempSync(join(tmpdir(), 'salesplan-templates-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

function file(files: { path: string; contents: string }[], path: string): string {
  return files.find((f) => f.path === path)?.contents ?? '';
}

describe('template folders', () => {
  it('finds the built-in templates next to the sources', () => {
    expect(BUILTIN_TEMPLATES).toMatch(/templates[/\\]$/);
    const set = loadTemplates([BUILTIN_TEMPLATES]);
    expect(set.text('styles/print.css')).toContain('break-before: page');
    // The page size is the config's (`paper`), written before print.css: the stylesheet has no @page of its own.
    expect(set.text('styles/print.css')).not.toMatch(/@page\s*\{/);
  });

  it("lets a plan's own partial, layout and stylesheet replace the built-in ones, file by file", () => {
    const own = join(temp, 'override');
    write(own, 'partials/sections/mission.hbs', '<p class="own-mission">{{facts.mission}} by {{@root.plan.company}}</p>');
    write(own, 'styles/site.css', 'body { color: rebeccapurple; }');
    const { files } = renderSite(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] });
    const mission = file(files, 'mission.html');
    expect(mission).toContain('<p class="own-mission">Make spend simple. by Quillspend</p>');
    expect(mission).not.toContain('class="facts facts-mission"');
    // What the override does not replace still comes from the built-ins.
    expect(file(files, 'goals.html')).toContain('class="facts facts-goals"');
    expect(file(files, 'assets/site.css')).toBe('body { color: rebeccapurple; }');

    write(own, 'layouts/site.hbs', '<html lang="{{lang}}"><body data-own-layout>{{{body}}}</body></html>');
    const again = renderSite(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] }).files;
    expect(file(again, 'team.html')).toMatch(/^<html lang="en-US"><body data-own-layout>/);
  });

  it('picks up an edited template on the next render (the compile cache follows the file text)', () => {
    const own = join(temp, 'edited');
    write(own, 'partials/sections/metrics.hbs', '<p>first version</p>');
    const first = file(renderSite(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] }).files, 'metrics.html');
    write(own, 'partials/sections/metrics.hbs', '<p>second version</p>');
    const second = file(renderSite(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] }).files, 'metrics.html');
    expect(first).toContain('first version');
    expect(second).toContain('second version');
    expect(second).not.toContain('first version');
  });

  it('skips a plan templates folder that does not exist', () => {
    const { files } = renderSite(fixtureInput(), { templateDirs: [join(temp, 'missing'), BUILTIN_TEMPLATES] });
    expect(files).toHaveLength(9);
  });

  it('names the file of a template with a syntax error', () => {
    const own = join(temp, 'broken');
    write(own, 'partials/sections/goals.hbs', '{{#if facts}}never closed');
    expect(() => renderSite(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] })).toThrow(/sections[/\\]goals\.hbs/);
  });

  it('rejects an unknown label, so a typo in a template does not print nothing', () => {
    const own = join(temp, 'typo');
    write(own, 'partials/sections/customers.hbs', '{{t "no_such_label"}}');
    expect(() => renderSite(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] })).toThrow(/unknown label "no_such_label"/);
  });

  it('overrides the print layout and its styles too', () => {
    const own = join(temp, 'print');
    write(own, 'styles/print.css', '.own-print { color: black; }');
    const html = renderHandbook(fixtureInput(), { templateDirs: [own, BUILTIN_TEMPLATES] });
    expect(html).toContain('.own-print { color: black; }');
    expect(html).not.toContain('.cover-kicker');
    // The paper's page rule comes first, so the plan's own print.css could still override it.
    expect(html.indexOf('size: A4')).toBeLessThan(html.indexOf('.own-print'));
  });
});

describe('the built-in folder', () => {
  it('is searched last even when the caller lists only the plan folder', () => {
    const own = join(temp, 'only-own');
    write(own, 'partials/sections/process.hbs', '<p>own process</p>');
    const { files } = renderSite(fixtureInput(), { templateDirs: [own] });
    expect(file(files, 'process.html')).toContain('<p>own process</p>');
    expect(file(files, 'goals.html')).toContain('class="facts facts-goals"');
  });
});
