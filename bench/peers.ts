import { appendFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_PLAN, generatePlan } from './generate-plan.ts';
import { diagramsInputs, exampleDiagramsMarkdown, peerConfigs, planMarkdown } from './peer-inputs.ts';
import { type ProcessRun, runProcess } from './process-run.ts';

/**
 * salesplan beside the tools it replaces, as whole processes in paired rounds: each round runs salesplan (A) and
 * the peer (B) once, in turn, A first in odd rounds and B first in even ones, so a machine that gets busier or
 * quieter slows both alike. Per round the ratio A ÷ B; the table gives the medians of A and B, the median ratio
 * with its min and max, and the median of each side's peak memory (see process-run.ts). Every process runs
 * without a network (unshare -n).
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const SALESPLAN = path.join(ROOT, 'bin/salesplan.js');

export interface PairedResult {
  case: string;
  a: string;
  b: string;
  runs: { a: ProcessRun; b: ProcessRun }[];
}

/** A side of a pair: `prepare` (untimed) then the timed process. */
interface Side {
  name: string;
  prepare?: (round: number) => Promise<void>;
  run: (round: number) => Promise<ProcessRun>;
}

async function paired(label: string, a: Side, b: Side, rounds: number, log: (line: string) => void): Promise<PairedResult> {
  const runs: PairedResult['runs'] = [];
  for (let round = 1; round <= rounds; round++) {
    log(`bench: ${label}: round ${round}/${rounds}`);
    const once = async (side: Side) => {
      await side.prepare?.(round);
      return side.run(round);
    };
    if (round % 2 === 1) {
      const ra = await once(a);
      runs.push({ a: ra, b: await once(b) });
    } else {
      const rb = await once(b);
      runs.push({ a: await once(a), b: rb });
    }
  }
  return { case: label, a: a.name, b: b.name, runs };
}

// -v: the build's time per stage, for the targets not met (where the time goes).
const salesplan = (cwd: string, args: string[]) => runProcess(process.execPath, [SALESPLAN, ...args, '-v'], { cwd, stages: true });
const node = (cwd: string, bin: string, args: string[]) => runProcess(path.join(BIN, bin), args, { cwd });

export interface PeerOptions {
  rounds: number;
  /** Page counts of the generated plans (peers-large). */
  sizes: number[];
  log: (line: string) => void;
}

/** (a) The example, cold: site + 4 PDFs, vs mermaid-cli on its diagram sources + md-to-pdf on its Markdown. */
async function peersExample(work: string, o: PeerOptions): Promise<PairedResult[]> {
  const configs = await peerConfigs(path.join(work, 'config'));
  const diagrams = path.join(work, 'diagrams.md');
  const count = await exampleDiagramsMarkdown(diagrams);
  const plan = path.join(work, 'plan.md');
  await planMarkdown(plan);
  o.log(`bench: peers-example: ${count} diagram sources, the plan's Markdown in one file`);
  const a: Side = {
    name: 'salesplan build (cold: site, 4 PDFs)',
    run: (r) => salesplan(work, ['build', EXAMPLE_PLAN, '-o', path.join(work, `out-${r}`), '--cache-dir', path.join(work, `cache-${r}`)]),
  };
  const b: Side = {
    name: `mmdc (${count} diagrams) + md-to-pdf (the plan)`,
    run: async (r) => {
      const out = path.join(work, `mmdc-${r}`);
      await mkdir(out, { recursive: true });
      const m = await node(work, 'mmdc', ['-q', '-p', configs.mmdc, '-i', diagrams, '-o', path.join(out, 'diagrams.md')]);
      const p = await node(work, 'md-to-pdf', ['--launch-options', configs.launch, plan]);
      return { ms: m.ms + p.ms, peakMb: Math.max(m.peakMb, p.peakMb) };
    },
  };
  return [await paired('example, cold, site + PDFs', a, b, o.rounds, o.log)];
}

/** (b) One line of prose changed, site + PDFs, vs md-to-pdf printing the plan once. */
async function peersEdit(work: string, o: PeerOptions): Promise<PairedResult[]> {
  const configs = await peerConfigs(path.join(work, 'config'));
  const plan = path.join(work, 'content');
  await cp(EXAMPLE_PLAN, plan, { recursive: true });
  const md = path.join(work, 'plan.md');
  await planMarkdown(md);
  const args = ['build', plan, '-o', path.join(work, 'out'), '--cache-dir', path.join(work, 'cache')];
  o.log('bench: peers-edit: a first build (untimed)');
  await salesplan(work, args);
  const a: Side = {
    name: 'salesplan build after a one-line edit',
    prepare: (r) => appendFile(path.join(plan, '01-mission.md'), `\nEdit number ${r} of the prose, saved by the author.\n`),
    run: () => salesplan(work, args),
  };
  const b: Side = { name: 'md-to-pdf (the plan)', run: () => node(work, 'md-to-pdf', ['--launch-options', configs.launch, md]) };
  return [await paired('one-line prose edit, site + PDFs', a, b, o.rounds, o.log)];
}

/** (c) 50 author diagrams, cold, vs mermaid-cli on one .md holding the same 50. */
async function peersDiagrams(work: string, o: PeerOptions): Promise<PairedResult[]> {
  const configs = await peerConfigs(path.join(work, 'config'));
  const { plan, md } = await diagramsInputs(work, 50);
  const a: Side = {
    name: 'salesplan build --no-pdf (50 + the example\'s 4, cold)',
    run: (r) => salesplan(work, ['build', plan, '--no-pdf', '-o', path.join(work, `out-${r}`), '--cache-dir', path.join(work, `cache-${r}`)]),
  };
  const b: Side = {
    name: 'mmdc (50 diagrams)',
    run: async (r) => {
      const out = path.join(work, `mmdc-${r}`);
      await mkdir(out, { recursive: true });
      return node(work, 'mmdc', ['-q', '-p', configs.mmdc, '-i', md, '-o', path.join(out, 'flows.md')]);
    },
  };
  return [await paired('50 author diagrams', a, b, o.rounds, o.log)];
}

/** (d) Generated plans, --no-pdf, cold and warm, vs Eleventy 3 on the same Markdown files. */
async function peersLarge(work: string, o: PeerOptions): Promise<PairedResult[]> {
  const results: PairedResult[] = [];
  for (const pages of o.sizes) {
    const dir = path.join(work, `p${pages}`);
    const plan = path.join(dir, 'plan');
    await generatePlan(plan, pages);
    const eleventy: Side = {
      name: 'eleventy',
      run: (r) => node(dir, 'eleventy', ['--quiet', `--input=${plan}`, `--output=${path.join(dir, `site-${r}`)}`]),
    };
    const out = (r: number) => path.join(dir, `out-${r}`);
    const cold: Side = {
      name: 'salesplan build --no-pdf, cold',
      prepare: (r) => rm(path.join(dir, `cache-${r}`), { recursive: true, force: true }),
      run: (r) => salesplan(dir, ['build', plan, '--no-pdf', '-o', out(r), '--cache-dir', path.join(dir, `cache-${r}`)]),
    };
    // Warm: the cache (and the output) a cold build of the same round left; nothing changed since.
    const warm: Side = {
      name: 'salesplan build --no-pdf, warm',
      run: (r) => salesplan(dir, ['build', plan, '--no-pdf', '-o', out(r), '--cache-dir', path.join(dir, `cache-${r}`)]),
    };
    // The 4000-page plan is heavy on two shared cores: one round of it, whatever --rounds says.
    const rounds = pages >= 4000 ? 1 : o.rounds;
    results.push(await paired(`${pages} pages, cold`, cold, eleventy, rounds, o.log));
    results.push(await paired(`${pages} pages, warm`, warm, eleventy, rounds, o.log));
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

export const PEER_CASES = {
  'peers-example': peersExample,
  'peers-edit': peersEdit,
  'peers-diagrams': peersDiagrams,
  'peers-large': peersLarge,
} as const;
export type PeerCase = keyof typeof PEER_CASES;

export async function runPeers(cases: PeerCase[], o: PeerOptions): Promise<PairedResult[]> {
  const results: PairedResult[] = [];
  for (const name of cases) {
    const work = await mkdtemp(path.join(os.tmpdir(), `salesplan-bench-${name}-`));
    try {
      results.push(...(await PEER_CASES[name](work, o)));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return results;
}
