import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/render/view-model.ts';
import type { GoalsView } from '../../src/render/view-goals.ts';
import type { SummaryView } from '../../src/render/view-summary.ts';
import type { TeamView } from '../../src/render/view-team.ts';
import { fixtureInput } from './fixture.ts';

const NBSP = '\u00a0';

function facts<T>(view: ReturnType<typeof buildView>, key: string): T {
  const section = view.sections.find((s) => s.key === key);
  if (!section) throw new Error(`no section ${key}`);
  return section.facts as T;
}

describe('buildView', () => {
  const view = buildView(fixtureInput(), 'site');

  it('keeps the plan order with the plan first, each with its page and partial', () => {
    expect(view.sections.map((s) => s.file)).toEqual([
      'index.html',
      'mission.html',
      'goals.html',
      'team.html',
      'customers.html',
      'process.html',
      'action-plan.html',
      'metrics.html',
    ]);
    expect(view.sections.map((s) => s.partial)).toContain('sections/action_plan');
    expect(view.cards.map((c) => c.key)).not.toContain('plan');
  });

  it('turns the funnel into display strings, outcome rates to two decimals', () => {
    const goals = facts<GoalsView>(view, 'goals');
    expect(goals.target).toBe('$250,000');
    expect(goals.dealsNeeded).toBe('20');
    expect(goals.overshoot).toBeUndefined();
    expect(goals.months.map((m) => m.label)).toEqual(['Oct 2026', 'Nov 2026', 'Dec 2026']);
    const [booked, , , won] = goals.funnel;
    expect(booked).toMatchObject({ name: 'Meetings booked', rate: '80%', perWon: '1 won per 10' });
    expect(booked?.need).toEqual({ period: '200', perMonth: ['69', '63', '69'], perWeek: '16', perDay: '4' });
    expect(won?.need.perDay).toBe('0.31');
    expect(won?.need.perWeek).toBe('1.56');
    expect(won?.rate).toBe('—');
    expect(goals.sources[0]).toMatchObject({ share: '50%', oneIn: '1 in 128', stageNeed: '100', perWon: '1 won per 1,280' });
    expect(goals.sources[0]?.volume.period).toBe('12,800');
    expect(goals.sourcesHeading).toBe('Sources of Meetings booked');
    expect(goals.activities[0]).toMatchObject({ name: 'Cold emails', role: 'SDR' });
    expect(goals.activities[0]?.perRep.perDay).toBe('20');
    expect(goals.economics).toMatchObject({ requiredPipeline: '$1,000,000', pipelineMultiple: '4.0×', cac: '$3,500' });
    expect(goals.economics.paybackMonths).toBeUndefined();
  });

  it('shows capacity with a status class and a status word, and flags late requisitions', () => {
    const team = facts<TeamView>(view, 'team');
    const oct = team.capacity?.months[0];
    expect(oct).toMatchObject({ label: 'Oct 2026', rre: '2.00', expected: '$80,000', gap: '−$5,937.50', coverage: '93.1%' });
    expect(oct).toMatchObject({ status: 'yellow', statusLabel: 'Short' });
    expect(team.capacity?.total).toMatchObject({ label: '2026-Q4', gap: '+$30,000', coverage: '112%', statusLabel: 'On track' });
    expect(team.capacity?.requiredAttainment).toBe('71.4%');
    expect(team.hiring[0]).toMatchObject({ requisitionOpen: 'Oct 2, 2026', late: true, lateLabel: 'Late' });
    expect(team.headcount[0]).toMatchObject({ fte: '10.0', needed: '10', missing: '3', short: true });
    const ae = team.roles.find((r) => r.id === 'ae');
    expect(ae?.compensation).toMatchObject({ ote: '$120,000', base: '$60,000', variable: '$60,000' });
    expect(ae?.quota).toBe('$600,000 per year');
    expect(ae?.reportsTo).toBe('Reports to Head of Sales');
    expect(team.roles.find((r) => r.id === 'sdr')?.capacity).toEqual([{ name: 'Cold emails', perDay: '20' }]);
  });

  it('summarises the plan for the index page', () => {
    const summary = facts<SummaryView>(view, 'plan');
    expect(summary.headcount).toMatchObject({ missing: '3', hasGap: true });
    expect(summary.coverage).toMatchObject({ status: 'green', coverage: '112%' });
    expect(summary.funnel.map((r) => r.period)).toEqual(['200', '160', '80', '20']);
  });

  it('resolves ids to names in the text sections', () => {
    const process = facts<{ stages: { owner: string; funnelStage: string; volume: string; method: string }[] }>(view, 'process');
    expect(process.stages[0]).toMatchObject({ owner: 'Account Executive', funnelStage: 'Opportunities', volume: '80', method: 'SPIN selling' });
    const plan = facts<{ milestones: { start: string; end: string; duration: string; dependsOn: string }[] }>(view, 'action_plan');
    // The dates the model worked out: a duration gets its end date, a dependency pushes the start.
    expect(plan.milestones[1]).toMatchObject({ start: 'Nov 17, 2026', end: 'Dec 16, 2026', duration: '30\u00a0days', dependsOn: 'Hire AE' });
    const input = fixtureInput();
    Object.assign(input.model.milestones[1]!, { end: '2026-11-17', days: 1 });
    const one = facts<{ milestones: { end: string; duration: string }[] }>(buildView(input, 'site'), 'action_plan');
    expect(one.milestones[1]).toMatchObject({ end: 'Nov 17, 2026', duration: '1\u00a0day' });
    const metrics = facts<{ kpis: { name: string; stage: string }[] }>(view, 'metrics');
    expect(metrics.kpis.map((k) => k.name)).toEqual(['New revenue', 'Meetings held']);
    expect(metrics.kpis[1]?.stage).toBe('Meetings held');
  });

  it('puts each warning on the page of its file and keeps all of them for the index', () => {
    expect(view.sections.find((s) => s.key === 'team')?.warnings).toEqual([
      { location: 'content/team.md:12:5', message: 'requisition date already past' },
    ]);
    expect(view.sections.find((s) => s.key === 'goals')?.warnings).toEqual([]);
    expect(view.warnings).toHaveLength(2);
  });

  it('formats the frame: period, version and generation time', () => {
    expect(view.plan.periodRange).toBe('Oct 1, 2026 – Dec 31, 2026');
    expect(view.plan.asOf).toBe('As of Oct 5, 2026');
    expect(view.generated.commit).toBe('Commit 0123456');
    expect(view.generated.date).toBe('Sep 30, 2026');
  });

  it('formats for the plan locale and currency (sv-SE, SEK)', () => {
    const input = fixtureInput();
    input.facts.plan.locale = 'sv-SE';
    input.facts.plan.currency = 'SEK';
    const sv = buildView(input, 'site');
    const goals = facts<GoalsView>(sv, 'goals');
    expect(sv.lang).toBe('sv-SE');
    expect(goals.target).toBe(`250${NBSP}000${NBSP}kr`);
    expect(goals.months[0]?.label).toBe('okt. 2026');
    expect(goals.sources[0]?.volume.period).toBe(`12${NBSP}800`);
    expect(facts<TeamView>(sv, 'team').capacity?.months[0]?.gap).toBe(`−5${NBSP}937,50${NBSP}kr`);
    // sv-* plans read the Swedish label set.
    expect(sv.labels.deals_needed).toBe('Affärer som behövs');
  });

  it('scopes heading links to their chapter in print mode', () => {
    const print = buildView(fixtureInput(), 'print');
    const team = print.sections.find((s) => s.key === 'team');
    expect(team?.href).toBe('#team');
    // The prose's headings, after the computed tables' (team-org-chart, team-roles, ...).
    expect(team?.headings[0]?.href).toBe('#team-org-chart');
    expect(team?.headings.map((h) => h.href)).toContain('#team--overview');
    expect(team?.html).toContain('id="team--overview"');
    expect(team?.html).toContain('href="#team--overview"');
    const mission = print.sections.find((s) => s.key === 'mission');
    expect(mission?.html).toContain('href="#team--roles"');
  });
});
