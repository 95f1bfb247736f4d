import type { Presentation } from './present.ts';

/** One dashboard as a self-contained print document (its PDF), the same partial as its site page. */
export function dashboardHtml(presentation: Presentation, id: string): string {
  const dashboard = presentation.dashboards.find((d) => d.id === id);
  if (!dashboard) throw new Error(`no dashboard "${id}"`);
  const { print } = presentation;
  return presentation.templates.render('layouts/dashboard', { lang: print.lang, labels: print.labels, plan: print.plan, dashboard, css: presentation.printCss });
}
