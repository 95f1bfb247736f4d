import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Every payload sets window.__pwned (or opens a dialog) if it ever runs in a reader's browser. */
export const PROSE = `
<script>window.__pwned = 'script'</script>

<img src="x" onerror="window.__pwned = 'onerror'">

<a href="javascript:window.__pwned='href'">a javascript: link in HTML</a> and [a javascript: link in Markdown](javascript:window.__pwned='md')

<iframe src="javascript:alert(1)"></iframe><svg onload="alert(1)"><circle r="1"/></svg>

<div style="background:url(javascript:alert(1))" onclick="alert(1)">styled</div>

<details><summary>More detail</summary>Press <kbd>Ctrl</kbd>+<kbd>C</kbd><br>then paste.</details>
`;

export const HOSTILE_MERMAID = [
  '```mermaid',
  'flowchart LR',
  '  A["<img src=x onerror=window.__pwned=\'label\'>"] --> B["<script>window.__pwned=\'label2\'</script>"]',
  '  click A callback "tooltip"',
  '  click B "javascript:window.__pwned=\'click\'"',
  '```',
].join('\n');

/** minimal-plan with hostile prose, frontmatter strings and an author diagram. */
export async function writeHostilePlan(planDir: string, extraPlanFields = ''): Promise<void> {
  await cp(path.resolve('test/fixtures/minimal-plan'), planDir, { recursive: true });
  const edit = async (name: string, fn: (text: string) => string) => {
    const file = path.join(planDir, name);
    await writeFile(file, fn(await readFile(file, 'utf8')));
  };
  await edit('01-plan.md', (t) =>
    t
      .replace('company: Acme Analytics', `company: "<img src=x onerror=window.__pwned='company'>"`)
      .replace('title: Q4 2026 Sales Plan', `title: "{{constructor.constructor('window.__pwned=1')()}}"`)
      .replace('phasing: working_days', `phasing: working_days${extraPlanFields}`),
  );
  await edit('02-mission.md', (t) =>
    t
      .replace(/^mission: .*$/m, `mission: "<script>window.__pwned='mission'</script>{{{mission}}}"`)
      .replace(/^positioning: .*$/m, `positioning: "{{#with this}}{{lookup this 'constructor'}}{{/with}}"`)
      .concat(PROSE),
  );
  await edit('06-process.md', (t) => t.replace(/```mermaid[\s\S]*?```/, HOSTILE_MERMAID));
}
