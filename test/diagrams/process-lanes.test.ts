import { beforeAll, describe, expect, it } from 'vitest';
import { formatFor } from '../../src/core/format.ts';
import { processDiagram } from '../../src/diagrams/generate/process.ts';
import { processSteps, sourceLanes } from '../../src/diagrams/generate/lanes.ts';
import { escapeLabel } from '../../src/diagrams/generate/text.ts';
import { generatedDiagramProblem } from '../../src/diagrams/limits.ts';
import type { PlanModel, SourceRow } from '../../src/model/index.ts';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import type { PlanFacts } from '../../src/validate/index.ts';
import { dec } from '../../src/core/decimal.ts';
import { exampleFacts, exampleModel } from './fixture.ts';

const unwrap = (label: string) => label.replace(/<br\/>/g, ' ');

interface Flowchart {
  direction: string;
  nodes: Map<string, string>;
  edges: { from: string; to: string; label?: string }[];
}

/** The generated Mermaid text read back: its direction, nodes (id → label) and edges; wrapped rows rejoined. */
function parse(source: string): Flowchart {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').map((l) => l.trim());
  const nodes = new Map<string, string>();
  const edges: Flowchart['edges'] = [];
  for (const line of lines.slice(1)) {
    const node = /^(\w+)\["(.*)"\]$/.exec(line);
    const edge = /^(\w+) -->(?:\|"(.*)"\|)? (\w+)$/.exec(line);
    if (node) nodes.set(node[1]!, unwrap(node[2]!));
    else if (edge) edges.push({ from: edge[1]!, to: edge[3]!, ...(edge[2] !== undefined && { label: unwrap(edge[2]) }) });
    else throw new Error(`a line that is neither node nor edge: ${line}`);
  }
  return { direction: lines[0]!.replace('flowchart ', ''), nodes, edges };
}

const plans: Record<string, { facts: PlanFacts; model: PlanModel }> = {};
beforeAll(async () => {
  for (const dir of ['content', 'examples/sv/content']) {
    const { facts, model } = await loadPlan(dir, process.cwd());
    if (!facts || !model) throw new Error(`${dir} did not validate`);
    plans[dir] = { facts, model };
  }
});

describe.each([
  { dir: 'content', fills: 'meeting_confirmation' },
  { dir: 'examples/sv/content', fills: 'prospecting' },
])('the process diagram of $dir', ({ dir, fills }) => {
  const drawn = () => {
    const { facts, model } = plans[dir]!;
    const chart = parse(processDiagram(facts, model).source);
    const format = formatFor(model);
    const nodeOf = (source: SourceRow) => [...chart.nodes].filter(([, label]) => label.includes(escapeLabel(source.name)));
    return { facts, model, chart, format, nodeOf };
  };

  it('has one node per source, showing that source’s own activity volume from the model', () => {
    const { model, format, nodeOf } = drawn();
    expect(model.sources.length).toBeGreaterThan(1);
    for (const source of model.sources) {
      const nodes = nodeOf(source);
      expect(nodes).toHaveLength(1);
      expect(nodes[0]![1]).toContain(escapeLabel(format.count(source.volume.period)));
    }
  });

  it('joins each source to the stage it fills by one edge, labelled with what that source delivers', () => {
    const { facts, model, chart, format, nodeOf } = drawn();
    const top = model.funnel[0]!;
    const target = `s${facts.process.stages.findIndex((s) => s.id === fills)}`;
    for (const source of model.sources) {
      const [id] = nodeOf(source)[0]!;
      const out = chart.edges.filter((e) => e.from === id);
      expect(out).toHaveLength(1);
      expect(out[0]!.to).toBe(target);
      expect(out[0]!.label).toBe(escapeLabel(`${format.count(source.stageNeed)} ${top.name}`));
      // Its own share, not the whole top stage's need (the chain this replaces labelled each with all of it).
      expect(source.stageNeed.lt(top.need.period)).toBe(true);
    }
  });

  it('never joins one source to another: they run side by side', () => {
    const { model, chart, nodeOf } = drawn();
    const ids = new Set(model.sources.map((s) => nodeOf(s)[0]![0]));
    expect(chart.edges.filter((e) => ids.has(e.from) && ids.has(e.to))).toEqual([]);
    expect(chart.edges.filter((e) => ids.has(e.to))).toEqual([]);
  });

  it('runs left to right, and top-down in the phone drawing, with the same nodes and edges', () => {
    const { facts, model, chart } = drawn();
    const narrow = processDiagram(facts, model, undefined, undefined, 'TD');
    expect(chart.direction).toBe('LR');
    expect(narrow.id).toBe('process-narrow');
    const phone = parse(narrow.source);
    expect(phone.direction).toBe('TD');
    expect(phone.nodes).toEqual(chart.nodes);
    expect(phone.edges).toEqual(chart.edges);
  });
});

describe('sourceLanes', () => {
  const sources = (model: PlanModel) => {
    const row = (activity: string, name: string): SourceRow => ({
      activity,
      name,
      share: dec(0.5),
      oneIn: dec(128),
      stageNeed: dec(100),
      volume: { period: dec(12800), perMonth: [], perWeek: dec(1000), perDay: dec(200) },
      perWonDeal: dec(1280),
    });
    model.sources = [row('cold_email', 'Cold emails'), row('cold_call', 'Cold calls')];
    return model;
  };

  it('gives a stage listing a source in its activities to that source; two sources sharing one stage feed it', () => {
    const stages = [
      { id: 'p', name: 'Prospecting', owner: 'sdr', funnel_stage: 'booked', activities: ['Cold emails', 'cold_call'] },
      { id: 'm', name: 'Meeting', owner: 'ae', funnel_stage: 'held' },
    ];
    const lanes = sourceLanes(exampleFacts({ stages }), sources(exampleModel()));
    expect(lanes.map((l) => [l.stage, l.own])).toEqual([
      [0, false],
      [0, false],
    ]);
    expect(processSteps(2, lanes)).toEqual([[0], [1]]);
  });

  it('gives a stage of the top funnel stage to the source its owner does; such stages are parallel steps', () => {
    const stages = [
      { id: 'e', name: 'Email', owner: 'sdr', funnel_stage: 'booked' },
      { id: 'c', name: 'Calls', owner: 'ae', funnel_stage: 'booked' },
      { id: 'm', name: 'Meeting', owner: 'ae', funnel_stage: 'held' },
    ];
    const model = sources(exampleModel());
    const target = (activity: string, role: string) => ({ activity, name: activity, role, outcome: false, team: model.sources[0]!.volume, perRep: { ...model.sources[0]!.volume, fullMonth: dec(0) } });
    model.activities = [target('cold_email', 'sdr'), target('cold_call', 'ae')] as PlanModel['activities'];
    const lanes = sourceLanes(exampleFacts({ stages }), model);
    expect(lanes.map((l) => [l.stage, l.own])).toEqual([
      [0, true],
      [1, true],
    ]);
    expect(processSteps(3, lanes)).toEqual([[0, 1], [2]]);
    const chart = parse(processDiagram(exampleFacts({ stages }), model).source);
    expect(chart.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['s0>s2', 's1>s2']);
  });

  it('falls back to the first stage producing the top funnel stage, else feeds the first stage', () => {
    const model = sources(exampleModel());
    expect(sourceLanes(exampleFacts(), model).map((l) => [l.stage, l.own])).toEqual([
      [0, false],
      [0, false],
    ]);
    const stages = [
      { id: 'm', name: 'Meeting', owner: 'ae', funnel_stage: 'held' },
      { id: 'c', name: 'Closing', owner: 'ae', funnel_stage: 'won' },
    ];
    model.sources = model.sources.slice(0, 1);
    const lanes = sourceLanes(exampleFacts({ stages }), model);
    // Alone at a stage that is not the top funnel stage's: a node of its own, so the stage keeps its funnel line.
    expect(lanes.map((l) => [l.stage, l.own])).toEqual([[0, false]]);
    const chart = parse(processDiagram(exampleFacts({ stages }), model).source);
    expect(chart.nodes.get('s0')).toContain('160 meetings held');
    expect(chart.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['src0>s0', 's0>s1']);
  });
});

describe('generatedDiagramProblem', () => {
  it('counts labelled edges among the connections', () => {
    const edges = Array.from({ length: 501 }, (_, i) => `  s${i} -->|"1 Meeting"| s${i + 1}`);
    const spec = { id: 'process', title: 'Sales process', description: '.', source: ['flowchart LR', ...edges].join('\n') };
    expect(generatedDiagramProblem(spec, 'stages')?.reason).toMatch(/501 connections/);
  });
});
