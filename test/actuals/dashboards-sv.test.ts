import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { salesplan } from '../cli/run-cli.ts';

/**
 * The Swedish example (examples/sv, SEK, sv-SE) with a small HubSpot export in Swedish, built without PDFs: the
 * dashboards in Swedish, their amounts in kronor.
 */
const DEALS = [
  'Post-ID;Affärsnamn;Affärsfas;Belopp;Stängningsdatum;Skapandedatum;Affärsägare',
  '1;Vunnen i oktober;Stängd vunnen;120 000,00;2026-10-20;2026-10-01;Anna Lindqvist',
  '2;Vunnen i november;Stängd vunnen;80 000;2026-11-03;2026-10-05;Erik Johansson',
  '3;Öppen;Affärsmöjlighet;100 000;2026-12-15;2026-11-01;Anna Lindqvist',
].join('\n');
const dir = mkdtempSync(join(tmpdir(), 'salesplan-dashboards-sv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = join(dir, 'plan');
cpSync(join(import.meta.dirname, '../../examples/sv/content'), plan, { recursive: true });
mkdirSync(join(plan, 'actuals'));
writeFileSync(join(plan, 'actuals', 'affarer.csv'), DEALS);
const out = join(dir, 'out');
const run = await salesplan(['build', plan, '--no-pdf', '-o', out, '--as-of', '2026-11-15', '--cache-dir', join(dir, 'cache')], dir);

describe('dashboards in Swedish', () => {
  it('builds a page per team, worded in Swedish, amounts in kronor', () => {
    expect(run.code, run.stderr).toBe(0);
    const pages = readdirSync(out).filter((p) => p.startsWith('dashboard-'));
    expect(pages).toContain('dashboard-ae.html');
    const ae = readFileSync(join(out, 'dashboard-ae.html'), 'utf8');
    expect(ae).toContain('Dashboard: avslutsteamet');
    expect(ae).toContain('Per 15 nov. 2026');
    expect(ae).toContain('Bokat hittills');
    for (const name of ['Anna Lindqvist', 'Erik Johansson']) expect(ae).toContain(name);
    // 120 000 + 80 000 booked: kronor with the Swedish grouping (a narrow no-break space).
    expect(ae.replace(/\u00a0|\u202f/g, ' ')).toContain('200 000 kr');
    // Without --no-pdf's PDFs the page links none.
    expect(ae).not.toContain('href="dashboards/');
  });
});
