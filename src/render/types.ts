import type { VFileMessage } from 'vfile-message';
import type { GoalSeekResult, PlanModel, ScenarioComparison, Sensitivity } from '../model/index.ts';
import type { PlanFacts, SectionKey } from '../validate/index.ts';
import type { DashboardCharts } from './charts/dashboard-charts.ts';
import type { PlanCharts } from './charts/plan-charts.ts';

/** A heading of a section's prose, for contents pages and the PDF outline. */
export interface Heading {
  depth: number;
  text: string;
  /** The slug rehype-slug gave it: the element's id in the HTML. */
  id: string;
}

/** One section of the plan as the render stage receives it: its prose is already HTML. */
export interface RenderSection {
  /** `page`: an extra prose page (frontmatter `section: page`), shown after its `parent` section. */
  key: SectionKey | 'page';
  parent?: SectionKey;
  /** File stem of its page, e.g. `action-plan` (the plan section becomes index.html). */
  slug: string;
  title: string;
  /** Prose HTML (sanitized unless the plan trusts its HTML) with author diagram placeholders (see diagramPlaceholder). */
  html: string;
  headings: Heading[];
  /** The source Markdown file, relative to the working directory. */
  file: string;
}

/** A diagram rendered to SVG by the browser stage. */
export interface RenderedDiagram {
  svg: string;
  title: string;
  /** Alt text: what the diagram shows. */
  description: string;
}

/** What a diagram that could not be rendered shows instead: its source and why. */
export interface DiagramFallback {
  source: string;
  notice: string;
}

/** A link to a file another output writes; the footer lists them under their `group` heading, in order. */
export interface Download {
  href: string;
  title: string;
  /** The heading it is listed under, in the plan's language (`Handbooks (PDF)`). */
  group: string;
}


export interface RenderInput {
  facts: PlanFacts;
  model: PlanModel;
  /** In plan order, `plan` first. */
  sections: RenderSection[];
  /** Keyed `process`, `gantt`, `org`, or an author diagram id. */
  diagrams: Map<string, RenderedDiagram>;
  diagramFallbacks?: Map<string, DiagramFallback> | undefined;
  /** Files of the other outputs the site links to (PDFs, the numbers), hrefs relative to the site root. */
  downloads: Download[];
  /** The plan's scenarios compared with it (scenarios.yaml), and the gap chart as SVG; absent without scenarios. */
  scenarios?: {
    comparison: ScenarioComparison;
    runs: { id: string; name: string; description?: string | undefined; overrides: { path: string; value: unknown }[]; goalSeek?: GoalSeekResult[] }[];
    chart?: string | undefined;
    /** What it takes the base plan to reach each goal it misses, one input at a time (model/goal-seek). */
    goalSeek?: GoalSeekResult[];
    /** Each input of the base moved by ±N %, ranked (model/sensitivity), and its tornado chart as SVG. */
    sensitivity?: Sensitivity | undefined;
    tornado?: { wide: string; narrow: string } | undefined;
  };
  /** The plan's charts (capacity, funnel, ramp) as SVG, drawn once at build time; absent: tables only. */
  charts?: PlanCharts;
  /** The dashboards' charts, drawn once, when the model has actuals (model.actuals): a page per team, a PDF each. */
  dashboards?: { charts: DashboardCharts };
  /** Warnings to show in the document (the model's), each on the page of the file it is placed in. */
  warnings: VFileMessage[];
  version?: { commit?: string | undefined; date?: string | undefined };
  /** ISO timestamp of the build. */
  generatedAt?: string;
}

export interface RenderOptions {
  /**
   * Folders searched in order for each template file: the plan's own templates/ first (it may not exist),
   * the built-in templates last. The first folder that has a file of that relative name wins.
   */
  templateDirs: string[];
  /** Pages rendered by an earlier build, reused when everything a page shows is unchanged. */
  pageCache?: PageCache;
}

/** Rendered site pages by a key of their inputs (see src/pipeline/cache/page-cache.ts). */
export interface PageCache {
  /** What every page of this build shares: the view without the pages' own prose, the templates, the tool. */
  begin(view: object, templateDirs: readonly string[]): void;
  /** The key of one page: the shared part plus what only this page shows. */
  keyOf(page: object, nav: object): string;
  get(key: string): string | undefined;
  set(key: string, html: string): void;
}

export interface OutputFile {
  /** Relative to the site root, `/`-separated. */
  path: string;
  contents: string;
}

export interface SiteOutput {
  files: OutputFile[];
}
