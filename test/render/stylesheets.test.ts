import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A brace lost in an edit makes the browser read every rule after it as part of the block left open: the site
// looks fine until a rule near the end (a phone layout, a print rule) silently stops applying.
describe('the stylesheets', () => {
  it('close every block they open, each in its own place', async () => {
    const dir = 'templates/styles';
    const names = (await readdir(dir)).filter((name) => name.endsWith('.css'));
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const css = (await readFile(path.join(dir, name), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"|'[^']*'/g, '""');
      let depth = 0;
      const lines = css.split('\n');
      lines.forEach((line, i) => {
        depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
        expect(depth, `${name}:${i + 1} closes a block it never opened`).toBeGreaterThanOrEqual(0);
        // A rule that starts at the start of a line is a top-level rule: nothing may still be open there.
        if (/^[.#@a-z:[*]/i.test(line) && !line.startsWith(' ')) expect(depth - (line.match(/\{/g) ?? []).length + (line.match(/\}/g) ?? []).length, `${name}:${i + 1} starts a rule inside an open block`).toBe(0);
      });
      expect(depth, `${name} ends with a block open`).toBe(0);
    }
  });
});
