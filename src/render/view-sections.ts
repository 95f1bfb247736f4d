import type { PlanModel } from '../model/index.ts';
import type { PlanFacts } from '../validate/index.ts';
import type { Format } from '../core/format.ts';
import { daysLabel, type Labels } from '../core/labels/index.ts';

/** View models of the sections whose facts are mostly text: mission, customers, process, action plan, metrics. */

export function missionView(facts: PlanFacts, l: Labels) {
  const { mission } = facts;
  return {
    mission: mission.mission,
    positioning: mission.positioning,
    competitors: mission.competitors.map((c) => ({
      name: c.name,
      kind: c.kind,
      kindLabel: c.kind === 'direct' ? l.kind_direct : l.kind_indirect,
      note: c.note ?? l.none,
    })),
    valueProposition: mission.value_proposition.map((v) => ({ feature: v.feature, benefit: v.benefit })),
  };
}

export function customersView(facts: PlanFacts) {
  const { icp, personas } = facts.customers;
  return {
    icp: {
      industries: icp.industries,
      employees: icp.employees,
      funding: icp.funding,
      regions: icp.regions ?? [],
      challenges: icp.challenges,
    },
    personas: personas.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      careerPath: p.career_path,
      priorities: p.priorities ?? [],
      demographics: p.demographics && (p.demographics.age || p.demographics.income || p.demographics.living) ? p.demographics : undefined,
      attributes: p.attributes ?? [],
      challenges: p.challenges,
      goals: p.goals,
      howWeHelp: p.how_we_help,
    })),
  };
}

function roleTitles(facts: PlanFacts): (id: string) => string {
  const titles = new Map(facts.team.roles.map((r) => [r.id, r.title]));
  return (id) => titles.get(id) ?? id;
}

export function processView(facts: PlanFacts, model: PlanModel, f: Format, l: Labels) {
  const role = roleTitles(facts);
  const funnel = new Map(model.funnel.map((row) => [row.id, row]));
  const methods = new Map((facts.process.methods ?? []).map((m) => [m.id, m]));
  return {
    stages: facts.process.stages.map((s, i) => {
      const { funnelStage, volume } = model.stages[i] ?? {};
      const row = funnelStage ? funnel.get(funnelStage) : undefined;
      return {
        name: s.name,
        owner: role(s.owner),
        funnelStage: row?.name ?? l.none,
        volume: volume ? f.count(volume) : l.none,
        rate: row?.rate ? f.percent(row.rate) : l.none,
        activities: s.activities ?? [],
        method: s.method ? (methods.get(s.method)?.name ?? s.method) : l.none,
        playbook: s.playbook ?? l.none,
      };
    }),
    methods: (facts.process.methods ?? []).map((m) => ({ name: m.name, when: m.when })),
  };
}

/** The milestones with the dates the model worked out (model.milestones), as the gantt chart draws them. */
export function actionPlanView(facts: PlanFacts, model: PlanModel, f: Format, l: Labels) {
  const role = roleTitles(facts);
  const titles = new Map(model.milestones.map((m) => [m.id, m.title]));
  return {
    milestones: model.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      owner: role(m.owner),
      workstream: m.workstream ?? l.none,
      start: f.date(m.start),
      end: f.date(m.end),
      duration: daysLabel(m.days, f, l),
      dependsOn: m.dependsOn.map((id) => titles.get(id) ?? id).join(', ') || l.none,
    })),
  };
}

export function metricsView(facts: PlanFacts, model: PlanModel, l: Labels) {
  const role = roleTitles(facts);
  const stages = new Map(model.funnel.map((row) => [row.id, row.name]));
  const kpi = (k: PlanFacts['metrics']['kpis'][number]) => ({
    name: k.name,
    kind: k.kind,
    kindLabel: k.kind === 'primary' ? l.primary : l.secondary,
    stage: k.stage ? (stages.get(k.stage) ?? k.stage) : l.none,
    role: k.role ? role(k.role) : l.none,
    target: k.target ?? l.none,
    measuredBy: k.measured_by ?? l.none,
  });
  const { kpis, dashboards, tools } = facts.metrics;
  return {
    // Primary KPIs first: they are the "true north" the rest serve.
    kpis: [...kpis.filter((k) => k.kind === 'primary'), ...kpis.filter((k) => k.kind !== 'primary')].map(kpi),
    dashboards: (dashboards ?? []).map((d) => ({ role: role(d.role), tool: d.tool, why: d.why, widgets: d.widgets })),
    tools: (tools ?? []).map((t) => ({ name: t.name, measures: t.measures })),
  };
}
