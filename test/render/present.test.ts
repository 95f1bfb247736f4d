import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { emitOutputs, OUTPUTS, outputSettings, type Emitted } from '../../src/pipeline/outputs/index.ts';
import { proseRenderer } from '../../src/pipeline/prose.ts';
import { renderSections } from '../../src/pipeline/sections.ts';
import type { Presentation } from '../../src/render/present.ts';
import { BUILTIN_TEMPLATES, buildRoleView, present, sitePages, type PresentBuilders, type RenderInput } from '../../src/render/index.ts';
import { loadTemplates } from '../../src/render/templates.ts';
import { buildView } from '../../src/render/view-model.ts';

// The example plan (content/), parsed, validated and computed: three roles get a handbook.
let example: RenderInput;
beforeAll(async () => {
  const loaded = await loadPlan('content', process.cwd());
  const { facts, model } = loaded;
  if (!facts || !model) throw new Error('the example plan did not validate');
  example = { facts, model, sections: renderSections({ ...loaded, facts, proseHtml: proseRenderer(loaded.htmlPolicy) }), diagrams: new Map(), downloads: [], warnings: [] };
});
const exampleInput = () => example;

/** The real builders, each wrapped to count its calls. */
function counting() {
  const calls = { site: 0, print: 0, roles: [] as string[], templates: 0 };
  const builders: PresentBuilders = {
    view: (input, mode, format) => {
      calls[mode]++;
      return buildView(input, mode, format);
    },
    roleView: (input, roleId, shared) => {
      calls.roles.push(roleId);
      return buildRoleView(input, roleId, shared);
    },
    templates: (dirs) => {
      calls.templates++;
      return loadTemplates(dirs);
    },
  };
  return { calls, builders };
}

const cacheDir = mkdtempSync(path.join(tmpdir(), 'salesplan-present-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Every output of the table (site, handbook, role handbooks...) on one presentation, as build() runs them. */
function emitAll(presentation: Presentation): Promise<Emitted> {
  const settings = outputSettings({});
  return emitOutputs(OUTPUTS, { presentation, settings, version: {}, planDir: cacheDir, cacheDir, pageTransforms: [] });
}

describe('present', () => {
  it('builds the site view, the print view, each role view and the template set once for every output', async () => {
    const { calls, builders } = counting();
    const presentation = present(exampleInput(), { templateDirs: [BUILTIN_TEMPLATES], builders });
    const emitted = await emitAll(presentation);

    expect(emitted.files.filter((f) => f.path.endsWith('.html'))).toHaveLength(8);
    expect(emitted.print.map((j) => j.path)).toEqual(['handbook.pdf', 'handbooks/sdr.pdf', 'handbooks/bdr.pdf', 'handbooks/ae.pdf']);
    expect(calls).toEqual({ site: 1, print: 1, roles: ['sdr', 'bdr', 'ae'], templates: 1 });
  });

  it('gives every view the one formatter it was handed', async () => {
    const { builders } = counting();
    const seen = new Set<unknown>();
    const spy: PresentBuilders = {
      ...builders,
      view: (input, mode, format) => {
        seen.add(format);
        return buildView(input, mode, format);
      },
      roleView: (input, roleId, shared) => {
        seen.add(shared?.format);
        return buildRoleView(input, roleId, shared);
      },
    };
    const presentation = present(exampleInput(), { templateDirs: [BUILTIN_TEMPLATES], builders: spy });
    await emitAll(presentation);
    expect([...seen]).toEqual([presentation.format]);
  });

  it('builds nothing an output does not ask for', () => {
    const { calls, builders } = counting();
    const presentation = present(exampleInput(), { templateDirs: [BUILTIN_TEMPLATES], builders });
    sitePages(presentation);
    expect(calls).toEqual({ site: 1, print: 0, roles: [], templates: 1 });
  });
});
