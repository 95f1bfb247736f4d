import { dec } from '../../src/core/decimal.ts';
import type { Cadence, PlanModel, RepCadence } from '../../src/model/types.ts';
import type { RenderInput, RenderSection } from '../../src/render/types.ts';
import type { PlanFacts, SectionKey } from '../../src/validate/schema/index.ts';
import { diagramPlaceholder } from '../../src/parse/types.ts';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { addMessage } from '../../src/core/diagnostics/index.ts';

/** A model warning as the pipeline makes it: a message on its file, at its place. */
export function warningAt(path: string, line: number, column: number, reason: string): VFileMessage {
  return addMessage(new VFile({ path }), reason, { line, column }, { severity: 'warning', ruleId: 'test', source: 'model' });
}

/**
 * A small plan, built by hand: the worked example of planning-model.md (2026-Q4, $250,000, 20 deals),
 * cut down to what the render stage shows. Typed as PlanFacts and PlanModel, with exact Decimals.
 */

const cadence = (period: string, months: string[], perWeek: string, perDay: string): Cadence => ({
  period: dec(period),
  perMonth: months.map(dec),
  perWeek: dec(perWeek),
  perDay: dec(perDay),
});

const repCadence = (period: string, months: string[], perWeek: string, perDay: string, fullMonth: string): RepCadence => ({
  ...cadence(period, months, perWeek, perDay),
  fullMonth: dec(fullMonth),
});

export function fixtureFacts(): PlanFacts {
  return {
    plan: {
      section: 'plan',
      title: 'Q4 Sales Plan',
      company: 'Quillspend',
      author: 'Dana',
      period: '2026-Q4',
      currency: 'USD',
      locale: 'en-US',
      as_of: '2026-10-05',
      links: [{ title: 'Wiki', href: 'https://wiki.example/sales' }],
    },
    mission: {
      section: 'mission',
      mission: 'Make spend simple.',
      positioning: 'The finance tool for small teams.',
      competitors: [
        { name: 'Spendly', kind: 'direct', note: 'Cheaper, fewer features' },
        { name: 'Spreadsheets', kind: 'indirect' },
      ],
      value_proposition: [{ feature: 'Receipt capture', benefit: 'Close the books faster' }],
    },
    goals: {
      section: 'goals',
      target: dec(250000),
      average_deal_size: dec(12500),
      funnel: [
        { id: 'meeting_booked', name: 'Meetings booked', rate: dec('0.8') },
        { id: 'meeting_held', name: 'Meetings held', rate: dec('0.5') },
        { id: 'opportunity', name: 'Opportunities', rate: dec('0.25') },
        { id: 'won', name: 'Deals won' },
      ],
      sources: [
        { activity: 'cold_email', name: 'Cold emails', share: dec('0.5'), one_in: dec(128) },
        { activity: 'cold_call', name: 'Cold calls', share: dec('0.5'), one_in: dec(128) },
      ],
    },
    team: {
      section: 'team',
      roles: [
        {
          id: 'ae',
          title: 'Account Executive',
          reports_to: 'head',
          responsibilities: ['Run demos'],
          skills: ['Discovery'],
          ote: dec(120000),
          base: dec(60000),
          quota: dec(600000),
          quota_period: 'year',
          attainment: dec('0.8'),
          ramp: [dec(0), dec('0.25'), dec('0.5'), dec('0.75'), dec(1)],
          time_to_fill_days: 45,
        },
        { id: 'sdr', title: 'SDR', reports_to: 'head', capacity: { cold_email: dec(20) } },
        { id: 'head', title: 'Head of Sales' },
      ],
      people: [{ id: 'p1', name: 'Alex', role: 'ae', start: '2025-01-01' }],
      hires: [{ role: 'ae', start: '2026-11-16' }],
    },
    customers: {
      section: 'customers',
      icp: { industries: ['SaaS'], employees: '50–500', challenges: ['Growth'] },
      personas: [{ id: 'cfo', name: 'Casey', role: 'CFO', challenges: ['Month-end'], goals: ['Control'], how_we_help: 'Live spend' }],
    },
    process: {
      section: 'process',
      stages: [{ id: 'demo', name: 'Demo', owner: 'ae', funnel_stage: 'opportunity', method: 'spin' }],
      methods: [{ id: 'spin', name: 'SPIN selling', when: 'Complex deals' }],
    },
    action_plan: {
      section: 'action_plan',
      milestones: [
        { id: 'hire', title: 'Hire AE', owner: 'head', start: '2026-10-02', end: '2026-11-16' },
        { id: 'onboard', title: 'Onboard AE', owner: 'ae', start: '2026-11-16', duration_days: 30, depends_on: ['hire'] },
      ],
    },
    metrics: {
      section: 'metrics',
      kpis: [
        { id: 'meetings', name: 'Meetings held', kind: 'secondary', stage: 'meeting_held', role: 'sdr' },
        { id: 'revenue', name: 'New revenue', kind: 'primary', target: '$250,000' },
      ],
    },
  };
}

export function fixtureModel(): PlanModel {
  const months = [
    { key: '2026-10', start: '2026-10-01', end: '2026-10-31', workingDays: 22, fraction: dec(1), target: dec('85937.5') },
    { key: '2026-11', start: '2026-11-01', end: '2026-11-30', workingDays: 20, fraction: dec(1), target: dec('78125') },
    { key: '2026-12', start: '2026-12-01', end: '2026-12-31', workingDays: 22, fraction: dec(1), target: dec('85937.5') },
  ];
  const row = (key: string, rre: string, expected: string, target: string, gap: string, coverage: string, status: 'green' | 'yellow') => ({
    key,
    rre: dec(rre),
    streetQuota: dec(expected).div('0.8'),
    expected: dec(expected),
    target: dec(target),
    gap: dec(gap),
    coverage: dec(coverage),
    status,
  });
  return {
    currency: 'USD',
    locale: 'en-US',
    period: { kind: 'quarter', label: '2026-Q4', start: '2026-10-01', end: '2026-12-31', workingDays: 64, weeks: dec('12.8'), months, lengthInMonths: dec(3) },
    deals: { target: dec(250000), averageDealSize: dec(12500), needed: dec(20), impliedBookings: dec(250000), overshoot: dec(0) },
    funnel: [
      { id: 'meeting_booked', name: 'Meetings booked', rate: dec('0.8'), need: cadence('200', ['69', '63', '69'], '16', '4'), perWonDeal: dec(10), outcome: false },
      { id: 'meeting_held', name: 'Meetings held', rate: dec('0.5'), need: cadence('160', ['55', '50', '55'], '13', '3'), perWonDeal: dec(8), outcome: false },
      { id: 'opportunity', name: 'Opportunities', rate: dec('0.25'), need: cadence('80', ['28', '25', '28'], '7', '2'), perWonDeal: dec(4), outcome: false },
      { id: 'won', name: 'Deals won', need: cadence('20', ['7', '7', '7'], '1.5625', '0.3125'), perWonDeal: dec(1), outcome: true },
    ],
    sources: [
      { activity: 'cold_email', name: 'Cold emails', share: dec('0.5'), oneIn: dec(128), stageNeed: dec(100), volume: cadence('12800', ['4400', '4000', '4400'], '1000', '200'), perWonDeal: dec(1280) },
      { activity: 'cold_call', name: 'Cold calls', share: dec('0.5'), oneIn: dec(128), stageNeed: dec(100), volume: cadence('12800', ['4400', '4000', '4400'], '1000', '200'), perWonDeal: dec(1280) },
    ],
    stages: [{ id: 'demo', name: 'Demo', funnelStage: 'opportunity', volume: dec(80), sources: [] }],
    activities: [
      { activity: 'cold_email', name: 'Cold emails', role: 'sdr', team: cadence('12800', ['4400', '4000', '4400'], '1000', '200'), outcome: false, perRep: repCadence('1280', ['440', '400', '440'], '100', '20', '427') },
    ],
    headcount: [
      { role: 'sdr', title: 'SDR', activities: [{ activity: 'cold_email', dailyNeed: dec(200), capacity: dec(20), fte: dec(10) }], fte: dec(10), needed: dec(10), current: 6, planned: 1, missing: 3 },
    ],
    missingHeads: 3,
    staffing: [
      { role: 'ae', title: 'Account Executive', current: 1, planned: 1, leaving: 0, later: 0 },
      { role: 'sdr', title: 'SDR', current: 6, planned: 1, leaving: 0, later: 0, needed: dec(10), missing: 3 },
      { role: 'head', title: 'Head of Sales', current: 0, planned: 0, leaving: 0, later: 0 },
    ],
    roles: [],
    milestones: [
      { id: 'hire', title: 'Hire AE', owner: 'head', start: '2026-10-02', end: '2026-11-16', days: 46, point: false, delayed: false, dependsOn: [] },
      // Waits for the hire, which ends on its own start day: pushed a day.
      { id: 'onboard', title: 'Onboard AE', owner: 'ae', start: '2026-11-17', end: '2026-12-16', days: 30, point: false, delayed: true, dependsOn: ['hire'] },
    ],
    capacity: {
      roles: ['ae'],
      months: [
        row('2026-10', '2', '80000', '85937.5', '-5937.5', '0.9309090909090909090909090909090909090909', 'yellow'),
        row('2026-11', '2.25', '90000', '78125', '11875', '1.152', 'green'),
        row('2026-12', '2.75', '110000', '85937.5', '24062.5', '1.28', 'green'),
      ],
      total: row('2026-Q4', '7', '280000', '250000', '30000', '1.12', 'green'),
      overAssignment: dec('1.4'),
      requiredAttainment: dec('0.7142857142857142857142857142857142857143'),
      rampedRepsNeeded: dec(3),
      hiresToCloseGap: dec(0),
    },
    hiring: [
      { id: 'ae-1', role: 'ae', title: 'Account Executive', start: '2026-11-16', timeToFillDays: 45, requisitionOpen: '2026-10-02', late: true, fullyRamped: '2027-03-01' },
    ],
    economics: {
      pipelineStage: 'opportunity',
      pipelineWinRate: dec('0.25'),
      requiredPipeline: dec(1000000),
      pipelineMultiple: dec(4),
      roles: [
        { role: 'ae', title: 'Account Executive', ote: dec(120000), base: dec(60000), variable: dec(60000), annualQuota: dec(600000), quotaToOte: dec(5), cost: dec(70000) },
      ],
      teamCost: dec(70000),
      otherCosts: dec(0),
      totalCost: dec(70000),
      cac: dec(3500),
    },
    messages: [],
  };
}

const SLUGS: Record<SectionKey, string> = {
  plan: 'plan',
  mission: 'mission',
  goals: 'goals',
  team: 'team',
  customers: 'customers',
  process: 'process',
  action_plan: 'action-plan',
  metrics: 'metrics',
};

export function fixtureSections(): RenderSection[] {
  return (Object.keys(SLUGS) as SectionKey[]).map((key) => ({
    key,
    slug: SLUGS[key],
    title: key === 'plan' ? 'Q4 Sales Plan' : key.replace('_', ' ').replace(/^./, (c) => c.toUpperCase()),
    html:
      `<h2 id="overview">Overview</h2>\n<p>About ${key}. See <a href="#overview">above</a> and <a href="team.html#roles">roles</a>.</p>` +
      (key === 'team' ? '\n<h3 id="roles">Roles</h3>' : ''),
    headings: [{ depth: 2, text: 'Overview', id: 'overview' }, ...(key === 'team' ? [{ depth: 3, text: 'Roles', id: 'roles' }] : [])],
    file: `content/${key}.md`,
  }));
}

export function fixtureInput(): RenderInput {
  const svg = (id: string) => `<svg xmlns="http://www.w3.org/2000/svg" id="svg-${id}" width="200" height="100" viewBox="0 0 20 10"><rect width="10" height="10"/></svg>`;
  return {
    facts: fixtureFacts(),
    model: fixtureModel(),
    sections: fixtureSections(),
    diagrams: new Map([
      ['org', { svg: svg('org'), title: 'Organisation', description: 'Who reports to whom' }],
      ['process', { svg: svg('process'), title: 'Sales process', description: 'The stages in order' }],
      ['gantt', { svg: svg('gantt'), title: 'Timeline', description: 'Milestones over the quarter' }],
    ]),
    downloads: [{ href: 'handbook.pdf', title: 'Full handbook', group: 'Handbooks (PDF)' }],
    warnings: [
      warningAt('content/team.md', 12, 5, 'requisition date already past'),
      warningAt('content/elsewhere.md', 4, 9, 'target not divisible'),
    ],
    version: { commit: '0123456789abcdef', date: '2026-09-30' },
    generatedAt: '2026-10-05T09:30:00Z',
  };
}

export { diagramPlaceholder };
