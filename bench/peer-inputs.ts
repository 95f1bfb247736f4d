import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDiagrams } from '../src/diagrams/index.ts';
import { loadPlan } from '../src/pipeline/index.ts';
import { authorDiagrams } from '../src/pipeline/diagram-stage.ts';
import { EXAMPLE_PLAN } from './generate-plan.ts';

/**
 * The peers' inputs, made from the same plan salesplan builds: the example's diagram sources (generated from its
 * model, and the author's own blocks) as one Markdown file for mermaid-cli, and its prose as one Markdown file for
 * md-to-pdf (the frontmatter is left out: it is data only salesplan reads). Made before any run, never timed.
 */

export const CHROMIUM = '/usr/bin/chromium';

/** Writes the puppeteer configurations both peers are pointed at: the system Chromium, no sandbox (root here). */
export async function peerConfigs(dir: string): Promise<{ mmdc: string; launch: string }> {
  await mkdir(dir, { recursive: true });
  const launch = { executablePath: CHROMIUM, args: ['--no-sandbox'] };
  const mmdc = path.join(dir, 'puppeteer.json');
  await writeFile(mmdc, JSON.stringify(launch));
  return { mmdc, launch: JSON.stringify(launch) };
}

const fenced = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\`\n`;

/** The example plan's diagram sources, as salesplan draws them, in one .md. */
export async function exampleDiagramsMarkdown(file: string, plan = EXAMPLE_PLAN): Promise<number> {
  const loaded = await loadPlan(plan, path.dirname(plan));
  if (!loaded.ok || !loaded.facts || !loaded.model) throw new Error('bench: the example plan does not validate');
  const specs = [...generatedDiagrams(loaded.facts, loaded.model, undefined, loaded.format), ...authorDiagrams(loaded.parsed)];
  await writeFile(file, specs.map((s) => `## ${s.title}\n\n${fenced(s.source)}`).join('\n'));
  return specs.length;
}

const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

/** The plan's Markdown in reading order, frontmatter removed, as one document: what md-to-pdf prints. */
export async function planMarkdown(file: string, plan = EXAMPLE_PLAN): Promise<void> {
  const names = (await readdir(plan)).filter((n) => n.endsWith('.md')).sort();
  const parts = await Promise.all(names.map(async (n) => (await readFile(path.join(plan, n), 'utf8')).replace(FRONTMATTER, '')));
  await writeFile(file, parts.join('\n\n'));
}

/** A small flowchart, distinct per n (as bench/case.ts draws them). */
export function flowchartSource(n: number): string {
  const nodes = Array.from({ length: 5 }, (_, i) => `  n${n}x${i}[Step ${i + 1} of flow ${n}]`).join('\n');
  const edges = Array.from({ length: 4 }, (_, i) => `  n${n}x${i} --> n${n}x${i + 1}`).join('\n');
  return `flowchart LR\n${nodes}\n${edges}`;
}

/** The same `count` diagrams for both sides: a plan (the example plus one page holding them) and one .md for mermaid-cli. */
export async function diagramsInputs(dir: string, count: number): Promise<{ plan: string; md: string }> {
  const plan = path.join(dir, 'plan');
  await cp(EXAMPLE_PLAN, plan, { recursive: true });
  const blocks = Array.from({ length: count }, (_, i) => `## Flow ${i + 1}\n\n${fenced(flowchartSource(i + 1))}`).join('\n');
  await writeFile(path.join(plan, '90-flows.md'), `---\nsection: page\ntitle: Flows\nparent: process\n---\n\n${blocks}`);
  const md = path.join(dir, 'flows.md');
  await writeFile(md, blocks);
  return { plan, md };
}
