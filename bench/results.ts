import type { PairedResult } from './peers.ts';

/** The peers' table and the issue's targets, each met, not met, or not measured (its case was not run). */

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface Summary {
  case: string;
  a: string;
  b: string;
  rounds: number;
  aMs: number;
  bMs: number;
  ratio: number;
  min: number;
  max: number;
  aPeakMb: number;
  bPeakMb: number;
  /** Median ms of each of salesplan's stages, and of what lies outside them ('startup and exit'). */
  aStages: Record<string, number>;
}

export function summarise(r: PairedResult): Summary {
  const ratios = r.runs.map((run) => run.a.ms / run.b.ms);
  return {
    case: r.case,
    a: r.a,
    b: r.b,
    rounds: r.runs.length,
    aMs: median(r.runs.map((run) => run.a.ms)),
    bMs: median(r.runs.map((run) => run.b.ms)),
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    aPeakMb: median(r.runs.map((run) => run.a.peakMb)),
    bPeakMb: median(r.runs.map((run) => run.b.peakMb)),
    aStages: stageMedians(r.runs.map((run) => run.a)),
  };
}

function stageMedians(runs: PairedResult['runs'][number]['a'][]): Record<string, number> {
  const withStages = runs.filter((run) => run.stages);
  if (withStages.length === 0) return {};
  const names = [...new Set(withStages.flatMap((run) => Object.keys(run.stages ?? {})))];
  const out: Record<string, number> = {};
  for (const name of names) out[name] = median(withStages.map((run) => run.stages?.[name] ?? 0));
  // The process's time the build does not account for: Node and module loading before it, exiting after it.
  out['startup and exit'] = median(withStages.map((run) => run.ms - Object.values(run.stages ?? {}).reduce((a, b) => a + b, 0)));
  return out;
}

/** The largest stages of salesplan's side, for a target not met: `pdf 2.10 s, diagrams 1.40 s, …`. */
function whereTimeGoes(r: Summary, count = 4): string {
  const top = Object.entries(r.aStages).sort(([, x], [, y]) => y - x).slice(0, count);
  return top.map(([stage, ms]) => `${stage} ${s(ms)}`).join(', ');
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;

export function peersTable(rows: Summary[]): string[] {
  return [
    '| case | salesplan (A) | peer (B) | A | B | A ÷ B (min–max) | peak A | peak B | rounds |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.case} | ${r.a} | ${r.b} | ${s(r.aMs)} | ${s(r.bMs)} | ${r.ratio.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)}) | ${mb(r.aPeakMb)} | ${mb(r.bPeakMb)} | ${r.rounds} |`,
    ),
  ];
}

interface Target {
  name: string;
  /** undefined: not measured in this run. */
  check: () => { value: string; met: boolean; where?: string } | undefined;
}

export function targetsTable(rows: Summary[], devReloadMs: number | undefined): string[] {
  const find = (name: string) => rows.find((r) => r.case === name);
  const ratio = (name: string, limit: number) => () => {
    const r = find(name);
    return r && { value: `${r.ratio.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`, met: r.ratio <= limit, where: whereTimeGoes(r) };
  };
  const sizes = rows.flatMap((r) => /^(\d+) pages, cold$/.exec(r.case)?.[1] ?? []).map(Number).sort((x, y) => x - y);
  const largest = sizes.at(-1);
  const targets: Target[] = [
    { name: 'example cold, full: ≤ 0.5 of mermaid-cli + md-to-pdf', check: ratio('example, cold, site + PDFs', 0.5) },
    { name: 'one-line prose edit, site + PDFs: ≤ 1.0 of md-to-pdf', check: ratio('one-line prose edit, site + PDFs', 1.0) },
    {
      name: '`dev`: page reloaded ≤ 150 ms after the save (median of 5)',
      check: () => devReloadMs === undefined ? undefined : { value: `${devReloadMs.toFixed(0)} ms`, met: devReloadMs <= 150 },
    },
    { name: '4000 pages cold: ≤ 2.0 of Eleventy', check: ratio('4000 pages, cold', 2.0) },
    { name: '4000 pages warm: ≤ 1.0 of Eleventy', check: ratio('4000 pages, warm', 1.0) },
    {
      name: '4000 pages: peak memory ≤ 600 MB (cold and warm)',
      check: () => {
        const cold = find('4000 pages, cold');
        const warm = find('4000 pages, warm');
        if (!cold || !warm) return undefined;
        const peak = Math.max(cold.aPeakMb, warm.aPeakMb);
        return { value: mb(peak), met: peak <= 600, where: whereTimeGoes(cold.aPeakMb >= warm.aPeakMb ? cold : warm) };
      },
    },
    {
      name: `time per page flat from the smallest to the largest plan (within 1.5x, cold)`,
      check: () => {
        const smallest = sizes[0];
        if (smallest === undefined || largest === undefined || smallest === largest) return undefined;
        const per = (n: number) => (find(`${n} pages, cold`)?.aMs ?? Number.NaN) / n;
        const growth = per(largest) / per(smallest);
        const big = find(`${largest} pages, cold`);
        return {
          value: `${growth.toFixed(2)}x (${smallest} → ${largest} pages: ${per(smallest).toFixed(1)} → ${per(largest).toFixed(1)} ms a page)`,
          met: growth <= 1.5,
          ...(big ? { where: whereTimeGoes(big) } : {}),
        };
      },
    },
    { name: '50 diagrams: ≤ 0.2 of mermaid-cli', check: ratio('50 author diagrams', 0.2) },
  ];
  return [
    '| target | measured | status | where salesplan\'s time goes (not met: its largest stages, medians) |',
    '|---|---:|---|---|',
    ...targets.map((t) => {
      const got = t.check();
      const status = got === undefined ? 'not measured' : got.met ? 'met' : 'not met';
      const where = got && !got.met && got.where ? got.where : '';
      return `| ${t.name} | ${got?.value ?? '–'} | ${status} | ${where} |`;
    }),
  ];
}
