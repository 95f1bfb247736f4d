import { dashboardHtml, dashboardPdfPath, dashboardTitle, labelsFor } from '../../render/index.ts';
import { fillLabels } from '../../core/labels/index.ts';
import { commonPrint } from './handbook.ts';
import type { Output, PrintJob } from './types.ts';

/**
 * A PDF per team dashboard when the plan has actuals (model.actuals): `dashboards/dashboard-<id>-<as-of>.pdf`,
 * dated by the as-of day in its name and on its page. Without actuals it writes nothing.
 */
export const dashboardsOutput: Output = {
  id: 'dashboards',
  enabled: (s) => s.pdf,
  linked: (s) => s.pdf || s.linkPdfs,
  needsBrowser: true,
  links: ({ facts, model }) => {
    const a = model.actuals;
    if (!a) return [];
    const l = labelsFor(facts.plan.locale);
    const titles = new Map(facts.team.roles.map((r) => [r.id, r.title]));
    return a.dashboards.map((d) => ({
      href: dashboardPdfPath(d.id, a.asOf),
      title: fillLabels(l.dashboard_pdf, { name: dashboardTitle(d, titles, l), date: a.asOf }),
      group: l.downloads_dashboards,
    }));
  },
  emit({ presentation, version, settings }) {
    const { plan } = presentation.input.facts;
    const print = presentation.dashboards.map(
      (d): PrintJob => ({
        path: d.pdf,
        html: dashboardHtml(presentation, d.id),
        print: {
          ...commonPrint(presentation, version, settings),
          title: `${d.title} · ${d.asOf} · ${plan.title}`,
          subject: `${plan.company}: ${d.title}, ${d.asOf}`,
          headerTitle: `${plan.title} · ${d.title} · ${d.asOf}`,
        },
      }),
    );
    return { files: [], print };
  },
};
