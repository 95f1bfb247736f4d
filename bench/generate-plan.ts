import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A large plan for the benchmark: the example plan's eight sections plus extra prose pages
 * (`section: page`) until the site has `pages` pages. Deterministic, so runs compare.
 */

export const EXAMPLE_PLAN = fileURLToPath(new URL('../content/', import.meta.url));

const PARENTS = ['mission', 'goals', 'team', 'customers', 'process', 'action_plan', 'metrics'];
const WORDS = (
  'pipeline quota territory account renewal expansion discovery demo proposal champion budget ' +
  'procurement onboarding forecast cadence enablement playbook objection pricing segment ' +
  'retention upsell referral partner inbound outbound meeting pilot contract signature'
).split(' ');

function* random(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    // mulberry32: tiny, fast and stable across platforms.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    yield ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

function sentence(rnd: Generator<number>, words: number): string {
  const pick = () => WORDS[Math.floor((rnd.next().value as number) * WORDS.length)] as string;
  const text = Array.from({ length: words }, pick).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One small page, about the size of a typical static-site benchmark page (~1 KB of Markdown). */
export function pageMarkdown(n: number): string {
  const rnd = random(n);
  const parent = PARENTS[n % PARENTS.length];
  return [
    '---',
    'section: page',
    `title: Note ${n}`,
    `parent: ${parent}`,
    '---',
    '',
    `Page ${n} of the field notes. ${sentence(rnd, 14)}`,
    '',
    '## What we learned',
    '',
    `${sentence(rnd, 20)} ${sentence(rnd, 12)} See **${sentence(rnd, 3)}** and _${sentence(rnd, 2)}_.`,
    '',
    `- ${sentence(rnd, 6)}`,
    `- ${sentence(rnd, 8)}`,
    `- ${sentence(rnd, 5)}`,
    '',
    '## Next steps',
    '',
    `${sentence(rnd, 18)} [Back to the plan](index.html).`,
    '',
  ].join('\n');
}

/** Writes the example plan plus enough extra pages for `pages` site pages into `dir`. */
export async function generatePlan(dir: string, pages: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const sections = (await readdir(EXAMPLE_PLAN)).filter((name) => name.endsWith('.md'));
  for (const name of sections) await copyFile(path.join(EXAMPLE_PLAN, name), path.join(dir, name));
  const extra = Math.max(0, pages - sections.length);
  const writes: Promise<void>[] = [];
  for (let n = 1; n <= extra; n++) {
    writes.push(writeFile(path.join(dir, `p${String(n).padStart(4, '0')}-note.md`), pageMarkdown(n)));
  }
  await Promise.all(writes);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'bench-plan', pages = '1000'] = process.argv.slice(2);
  await generatePlan(path.resolve(dir), Number(pages));
  process.stdout.write(`wrote a plan of ${pages} pages to ${dir}\n`);
}
