import { inlineFontFaceCss } from '../core/typeface.ts';
import { DEFAULT_PAPER, pageRule } from '../core/paper.ts';
import { formatFor, type Format } from '../core/format.ts';
import { loadTemplates, type TemplateSet } from './templates.ts';
import type { RenderInput } from './types.ts';
import { labelsFor } from '../core/labels/index.ts';
import { dashboardsView, type DashboardView } from './view-dashboards.ts';
import { buildView, type PlanView } from './view-model.ts';
import { buildRoleView, handbookRoles, type RoleView } from './view-role.ts';

/** What a presentation is made with; a test wraps them to count how often each runs. */
export interface PresentBuilders {
  view: typeof buildView;
  roleView: typeof buildRoleView;
  templates: typeof loadTemplates;
}

export interface PresentOptions {
  /** The plan's own templates/ first; the built-in ones are searched last (see loadTemplates). */
  templateDirs: readonly string[];
  /** The plan's formatter, when the build made it already (its diagrams use it too). */
  format?: Format;
  /** CSS the print documents start with: the `@page` rule of the configured paper; default the default paper's. */
  pageCss?: string;
  builders?: Partial<PresentBuilders>;
}

/**
 * Everything every output of one build shows, made once: the formatter, the template set, the site view, the
 * print view and each role's view. Each is built the first time an output asks for it and then kept, so a
 * build of the site, the handbook and three role handbooks builds each view once, and a build that writes only
 * some outputs builds only what they need.
 */
export interface Presentation {
  readonly input: RenderInput;
  readonly format: Format;
  readonly templateDirs: readonly string[];
  readonly templates: TemplateSet;
  readonly site: PlanView;
  readonly print: PlanView;
  /** The roles that get their own handbook, in the team's order. */
  readonly roles: readonly { id: string; title: string }[];
  role(id: string): RoleView;
  /** The dashboards (model.actuals), as their PDFs show them; empty without actuals. */
  readonly dashboards: readonly DashboardView[];
  /** The stylesheet every print document inlines: the paper's page rule, the site's styles, the print rules. */
  readonly printCss: string;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

export function present(input: RenderInput, options: PresentOptions): Presentation {
  const make: PresentBuilders = { view: buildView, roleView: buildRoleView, templates: loadTemplates, ...options.builders };
  const format = options.format ?? formatFor(input.facts.plan);
  const templates = once(() => make.templates(options.templateDirs));
  const site = once(() => make.view(input, 'site', format));
  const print = once(() => make.view(input, 'print', format));
  const roles = once(() => handbookRoles(input));
  const roleViews = new Map<string, RoleView>();
  const dashboards = once(() => {
    const titles = new Map(input.facts.team.roles.map((r) => [r.id, r.title]));
    return dashboardsView(input.model, titles, input.dashboards?.charts, format, labelsFor(input.facts.plan.locale));
  });
  const printCss = once(() => {
    const set = templates();
    // The page rule first, so a plan's own print.css can still set its own.
    const css = [options.pageCss ?? pageRule(DEFAULT_PAPER), inlineFontFaceCss(), set.text('styles/site.css'), set.text('styles/print.css')].join('\n');
    return css.replace(/<\/style/gi, '<\\/style');
  });
  return {
    input,
    format,
    templateDirs: options.templateDirs,
    get templates() {
      return templates();
    },
    get site() {
      return site();
    },
    get print() {
      return print();
    },
    get roles() {
      return roles();
    },
    role(id) {
      let view = roleViews.get(id);
      if (!view) {
        view = make.roleView(input, id, { base: print(), format });
        roleViews.set(id, view);
      }
      return view;
    },
    get dashboards() {
      return dashboards();
    },
    get printCss() {
      return printCss();
    },
  };
}
