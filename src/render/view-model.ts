import type { SectionKey } from '../validate/index.ts';
import { diagramView, replaceDiagramPlaceholders, type DiagramView } from './diagrams.ts';
import { formatFor, type Format } from '../core/format.ts';
import { fillLabel, labelsFor, type LabelId, type Labels } from '../core/labels/index.ts';
import { scopedId, scopeIds } from './scope-ids.ts';
import type { VFileMessage } from 'vfile-message';
import type { RenderInput, RenderSection } from './types.ts';
import { goalsView } from './view-goals.ts';
import { actionPlanView, customersView, metricsView, missionView, processView } from './view-sections.ts';
import { scenariosView } from './view-scenarios.ts';
import { dashboardPage, dashboardsView } from './view-dashboards.ts';
import { summaryView } from './view-summary.ts';
import { teamView } from './view-team.ts';
import { tableHeadingIds, tableHeadings } from './table-headings.ts';

/**
 * Everything the templates show, as display-ready strings. Templates only place these values;
 * every number is formatted here for the plan's locale and currency.
 */

/** `site`: one page per section, links between files. `print`: one document, links to anchors. */
export type RenderMode = 'site' | 'print';

/** The diagram each section shows above the author's prose, if any. */
const SECTION_DIAGRAM: Partial<Record<SectionKey | 'page', string>> = { team: 'org', process: 'process', action_plan: 'gantt' };

/** A warning as the document lists it: where (file:line:column) and its reason, already worded and formatted. */
function warningView(w: VFileMessage) {
  return { location: `${w.file ?? ''}:${w.line ?? 1}:${w.column ?? 1}`, message: w.reason };
}

function sectionFacts(key: SectionKey | 'page', input: RenderInput, f: Format, l: Labels) {
  const { facts, model } = input;
  switch (key) {
    case 'plan':
      return summaryView(model, f, l);
    case 'mission':
      return missionView(facts, l);
    case 'goals':
      return { ...goalsView(facts.goals, model, f, l), charts: input.charts ?? {} };
    case 'team':
      return { ...teamView(facts.team, model, f, l), charts: input.charts ?? {} };
    case 'customers':
      return customersView(facts);
    case 'process':
      return processView(facts, model, f, l);
    case 'action_plan':
      return actionPlanView(facts, model, f, l);
    case 'metrics':
      return metricsView(facts, model, l);
    case 'page':
      return undefined;
  }
}

/** The plan section is the index page and the handbook's first chapter; make sure it is there and first. */
function withPlanFirst(input: RenderInput): RenderSection[] {
  const plan = input.sections.find((s) => s.key === 'plan') ?? {
    key: 'plan',
    slug: 'index',
    title: input.facts.plan.title,
    html: '',
    headings: [],
    file: '',
  };
  return [plan, ...input.sections.filter((s) => s.key !== 'plan')];
}

/** Downloads under their headings, in the order the outputs listed them. */
function downloadGroups(downloads: RenderInput['downloads']) {
  const groups: { heading: string; links: { href: string; title: string }[] }[] = [];
  for (const { group, href, title } of downloads) {
    const into = groups.find((g) => g.heading === group) ?? groups[groups.push({ heading: group, links: [] }) - 1]!;
    into.links.push({ href, title });
  }
  return groups;
}

function pageFile(section: RenderSection): string {
  return section.key === 'plan' ? 'index.html' : `${section.slug}.html`;
}

export function buildView(input: RenderInput, mode: RenderMode, f: Format = formatFor(input.facts.plan)) {
  const { facts, model } = input;
  const l = labelsFor(facts.plan.locale);
  const ordered = withPlanFirst(input);
  const pageSlugs = new Map(ordered.map((s) => [pageFile(s).replace(/\.html$/, ''), s.slug]));
  const diagram = (id: string): DiagramView => diagramView(id, input.diagrams, input.diagramFallbacks);

  const sections = ordered.map((s): SectionViewOf => {
    const href = mode === 'site' ? pageFile(s) : `#${s.slug}`;
    const prose = mode === 'print' ? scopeIds(s.html, s.slug, pageSlugs) : s.html;
    const diagramId = SECTION_DIAGRAM[s.key];
    const warnings = input.warnings.filter((w) => w.file === s.file).map(warningView);
    const facts = sectionFacts(s.key, input, f, l);
    // The template's own headings come first (its tables sit above the prose); their ids need no scoping.
    const computed = tableHeadings(s.key, facts, l).map((h) => ({ text: h.text, depth: h.depth, href: `#${h.id}` }));
    return {
      key: s.key,
      isPlan: s.key === 'plan',
      /** Extra prose pages only: the section they belong under. */
      parent: s.parent,
      slug: s.slug,
      title: s.title,
      file: pageFile(s),
      /** The Markdown file the section comes from, for whoever edits the plan. */
      source: s.file,
      href,
      /** The section element's id in the handbook. */
      anchor: s.slug,
      partial: `sections/${s.key}`,
      blurb: l[`blurb_${s.key}` as LabelId],
      facts,
      /** The ids of the template's headings, by table kind (`ids.funnel`): see table-headings.ts. */
      ids: tableHeadingIds(s.key),
      diagram: diagramId ? diagram(diagramId) : undefined,
      html: replaceDiagramPlaceholders(prose, input.diagrams, input.diagramFallbacks, l),
      headings: [
        ...computed,
        ...s.headings
          .filter((h) => h.depth === 2 || h.depth === 3)
          .map((h) => ({ text: h.text, depth: h.depth, href: mode === 'site' ? `#${h.id}` : `#${scopedId(s.slug, h.id)}` })),
      ],
      warnings,
      warningCount: f.count(warnings.length),
    };
  });
  // The comparison of scenarios is a page of its own after the sections, the handbook's appendix.
  if (input.scenarios) sections.push(scenariosSection(input.scenarios, mode, f, l));
  // Decision: the dashboards are pages of the site and PDFs of their own, dated; the handbook stays the plan.
  if (mode === 'site' && model.actuals) sections.push(...dashboardSections(input, f, l));

  const { plan } = facts;
  const { period } = model;
  const version = input.version;
  return {
    mode,
    lang: plan.locale,
    labels: l,
    plan: {
      title: plan.title,
      company: plan.company,
      preparedBy: plan.author ? fillLabel(l.prepared_by, plan.author) : undefined,
      period: period.label,
      periodRange: `${f.date(period.start)} – ${f.date(period.end)}`,
      asOf: plan.as_of ? fillLabel(l.as_of, f.date(plan.as_of)) : undefined,
      links: plan.links ?? [],
    },
    generated: {
      at: input.generatedAt ? fillLabel(l.generated_at, f.timestamp(input.generatedAt)) : undefined,
      commit: version?.commit ? fillLabel(l.commit, version.commit.slice(0, 7)) : undefined,
      date: version?.date ? (version.date.length === 10 ? f.date(version.date) : f.timestamp(version.date)) : undefined,
    },
    /** The PDFs alone (as before the downloads had groups): what an older footer template lists. */
    pdfs: input.downloads.filter((d) => d.href.endsWith('.pdf')).map(({ href, title }) => ({ href, title })),
    downloads: downloadGroups(input.downloads),
    warnings: input.warnings.map(warningView),
    sections,
    cards: sections.filter((s) => s.key !== 'plan'),
  };
}

/** One section as the templates see it; `scenarios` and `dashboard` are pages the model makes, not plan files. */
interface SectionViewOf {
  key: SectionKey | 'page' | 'scenarios' | 'dashboard';
  isPlan: boolean;
  parent: SectionKey | undefined;
  slug: string;
  title: string;
  file: string;
  source: string;
  href: string;
  anchor: string;
  partial: string;
  blurb: string;
  facts: unknown;
  ids: Record<string, string>;
  diagram: DiagramView | undefined;
  html: string;
  headings: { text: string; depth: number; href: string }[];
  warnings: { location: string; message: string }[];
  warningCount: string;
}

function scenariosSection(scenarios: NonNullable<RenderInput['scenarios']>, mode: RenderMode, f: Format, l: Labels): SectionViewOf {
  const slug = 'scenarios';
  return {
    key: 'scenarios',
    isPlan: false,
    parent: undefined,
    slug,
    title: l.scenarios_title,
    file: `${slug}.html`,
    source: '',
    href: mode === 'site' ? `${slug}.html` : `#${slug}`,
    anchor: slug,
    partial: 'sections/scenarios',
    blurb: l.blurb_scenarios,
    facts: scenariosView(scenarios, f, l),
    ids: {},
    diagram: undefined,
    html: '',
    headings: [],
    warnings: [],
    warningCount: f.count(0),
  };
}

/** A page per dashboard (model.actuals), after the sections. */
function dashboardSections(input: RenderInput, f: Format, l: Labels): SectionViewOf[] {
  const titles = new Map(input.facts.team.roles.map((r) => [r.id, r.title]));
  return dashboardsView(input.model, titles, input.dashboards?.charts, f, l).map((d) => ({
    key: 'dashboard',
    isPlan: false,
    parent: undefined,
    slug: `dashboard-${d.id}`,
    title: d.title,
    file: dashboardPage(d.id),
    source: '',
    href: dashboardPage(d.id),
    anchor: `dashboard-${d.id}`,
    partial: 'sections/dashboard',
    blurb: l.blurb_dashboard,
    // The PDF is linked only when this build writes (or dev prints) it.
    facts: { ...d, pdfHref: input.downloads.some((x) => x.href === d.pdf) ? d.pdf : undefined },
    ids: {},
    diagram: undefined,
    html: '',
    headings: [],
    warnings: [],
    warningCount: f.count(0),
  }));
}

export type PlanView = ReturnType<typeof buildView>;
export type SectionView = PlanView['sections'][number];
