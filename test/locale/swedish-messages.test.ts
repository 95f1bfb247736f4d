import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { wordFinding } from '../../src/pipeline/findings.ts';
import { counted, messageLocale, report, reportWords, toJsonMessages, type JsonMessage } from '../../src/core/diagnostics/index.ts';
import { Decimal } from '../../src/core/decimal.ts';
import type { FindingCode, FindingValues, ModelMessage } from '../../src/model/types.ts';
import { createFormat } from '../../src/core/format.ts';
import { labelsFor } from '../../src/core/labels/index.ts';
import { salesplan } from '../cli/run-cli.ts';

let work: string;

/** The English example plan with a Swedish locale: its two model warnings must come out Swedish. */
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-sv-messages-'));
  await cp('content', path.join(work, 'plan'), { recursive: true });
  const planFile = path.join(work, 'plan', '00-plan.md');
  await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('locale: en-US', 'locale: sv-SE'));
  // The plan's own findings: the scenarios' findings and their Swedish prefix are test/scenarios' business.
  await rm(path.join(work, 'plan', 'scenarios.yaml'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** sv-SE groups digits with a no-break space; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe("a Swedish plan's model warnings", () => {
  const payback = 'återbetalningstiden för CAC är 27,1 månader, över 12';
  const capacity = '20 cold_emails per dag ligger långt utanför det vanliga intervallet 60–100';

  it('are worded in Swedish with Swedish number formatting, in the report, the JSON and the document', async () => {
    const loaded = await loadPlan('plan', work);
    expect(loaded.ok).toBe(true);
    const model = toJsonMessages(loaded.files).filter((m) => m.source === 'model');
    expect(model.map((m) => [m.ruleId, m.reason])).toEqual([
      ['payback-long', payback],
      ['capacity-unusual', capacity],
    ]);
    expect(model[0]?.note).toBe('sänk kostnaden för kundanskaffning eller höj affärsstorleken eller marginalen');
    expect(report(loaded.files)).toContain(`plan/02-goals.md:26:15 warning ${payback}`);
    // The document shows the very same messages.
    expect(loaded.warnings.map((w) => w.reason).sort()).toEqual([capacity, payback].sort());
  });

  it('come out of `check --format json` the same way', async () => {
    const result = await salesplan(['check', 'plan', '--format', 'json'], work);
    expect(result.code).toBe(0);
    const messages = JSON.parse(result.stdout) as JsonMessage[];
    expect(messages.filter((m) => m.source === 'model').map((m) => m.reason)).toEqual([payback, capacity]);
  });
});

describe('what the CLI writes around the messages of a Swedish plan', () => {
  it('`check`: the hint, the count and the verdict in Swedish; the severity token stays for editors', async () => {
    const result = await salesplan(['check', 'plan'], work, { LANG: 'C' });
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain('  tips: sänk kostnaden för kundanskaffning eller höj affärsstorleken eller marginalen');
    expect(lines).toContain('0 fel, 2 varningar');
    expect(lines.at(-1)).toMatch(/^plan: planen är giltig \(\d+ filer kontrollerade\)$/);
    expect(result.stderr).toMatch(/plan\/02-goals\.md:26:15 warning /);
    expect(result.stderr).not.toMatch(/hint:|errors|files checked/);
  });

  it('`build`: the stages after validation and the summary in Swedish, with a decimal comma', async () => {
    const result = await salesplan(['build', 'plan', '--out', 'out', '--no-pdf', '--cache-dir', 'cache'], work, { LANG: 'C' });
    expect(result.code).toBe(0);
    // The first stage runs before the plan's language is known: the environment's (LANG=C: English).
    expect(result.stderr).toContain('salesplan: parsing and validating the plan');
    expect(result.stderr).toContain('salesplan: skapar webbplatsen');
    expect(result.stdout).toMatch(/^Byggde out\/ av \d+ filer: \d+ sidor, \d+ diagram \(\d+ från cachen\), 0 PDF:er på \d+,\d\d s$/m);
  });

  it('follows LANG where the plan has no language yet (a plan that does not validate)', () => {
    expect(messageLocale(undefined, { LANG: 'sv_SE.UTF-8' })).toBe('sv-SE');
    expect(messageLocale(undefined, { LC_ALL: 'sv_SE', LANG: 'en_US.UTF-8' })).toBe('sv-SE');
    expect(messageLocale(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLocale(undefined, {})).toBe('en');
    expect(messageLocale('sv-SE', { LANG: 'en_US.UTF-8' })).toBe('sv-SE');
    expect(counted('sv-SE', 1, reportWords('sv-SE').warning)).toBe('1 varning');
    expect(counted('en-US', 1, reportWords('en-US').error)).toBe('1 error');
  });
});

/** One example of every finding's values: a new finding without one here fails to compile. */
const d = (n: string | number) => new Decimal(n);
const SAMPLES: { [C in FindingCode]: FindingValues[C] } = {
  'zero-working-days': { period: '2026-Q4' },
  'phasing-sum': { sum: d(240000), target: d(250000) },
  'phasing-month-outside': { month: '2027-01', period: '2026-Q4' },
  'capacity-missing': { role: 'sdr', activity: 'cold_calls', hasCapacity: true },
  'target-not-divisible': { target: d(250000), dealSize: d(12000), deals: d(21), overshoot: d(2000) },
  'activity-unowned': { activity: 'referrals' },
  'capacity-unusual': { activity: 'cold_emails', value: d(20), low: 60, high: 100 },
  'quota-ote': { role: 'ae', ratio: d('7.5') },
  'attainment-high': { role: 'ae', attainment: d('1.3') },
  'month-short': { month: '2026-10', coverage: d('0.8'), periodCovered: true },
  'period-short': { period: '2026-Q4', coverage: d('0.7'), hires: d(4) },
  'requisition-past': { role: 'ae', open: '2026-09-15', asOf: '2026-10-01' },
  'payback-long': { months: d('27.0833') },
  'ltv-cac-low': { ratio: d('2.25') },
  'figure-too-large': { name: 'deals', value: d('1e19'), limit: d('1e15') },
};

describe('every model finding', () => {
  const findings = Object.entries(SAMPLES).map(
    ([code, values]) => ({ severity: 'warning', code, at: { section: 'goals', path: ['target'] }, values }) as ModelMessage,
  );

  it.each([
    ['en-US', 'USD'],
    ['sv-SE', 'SEK'],
  ])('has a reason and a hint in %s, every placeholder filled', (locale, currency) => {
    const f = createFormat(locale, currency);
    const l = labelsFor(locale);
    for (const finding of findings) {
      const { reason, hint } = wordFinding(finding, f, l);
      expect(reason, finding.code).not.toMatch(/\{\w+\}/);
      expect(hint, finding.code).not.toMatch(/\{\w+\}/);
      expect(reason.length, finding.code).toBeGreaterThan(10);
      expect(hint.length, finding.code).toBeGreaterThan(10);
    }
  });

  it('is worded differently in Swedish, numbers formatted for sv-SE', () => {
    const en = (x: ModelMessage) => wordFinding(x, createFormat('en-US', 'USD'), labelsFor('en-US'));
    const sv = (x: ModelMessage) => wordFinding(x, createFormat('sv-SE', 'SEK'), labelsFor('sv-SE'));
    for (const finding of findings) expect(sv(finding).reason, finding.code).not.toBe(en(finding).reason);
    const byCode = (code: FindingCode) => findings.find((x) => x.code === code)!;
    expect(plain(sv(byCode('phasing-sum')).reason)).toBe('de fördelade beloppen blir sammanlagt 240 000 kr, men målet är 250 000 kr');
    // A hint that says what to write in the YAML keeps the plain number the YAML wants.
    expect(sv(byCode('phasing-sum')).hint).toContain('250000');
    expect(plain(sv(byCode('month-short')).reason)).toBe('okt. 2026: teamet väntas stänga 80 % av månadens mål, trots att perioden som helhet är täckt');
    expect(en(byCode('month-short')).reason).toBe("Oct 2026: the team is expected to close 80% of the month's target, even though the period as a whole is covered");
    expect(en(byCode('period-short')).hint).toBe('about 4 more quota-carrying hires starting at the period start would close the gap');
  });
});
