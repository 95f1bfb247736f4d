import { handbookRoles, labelsFor, roleHandbookHtml } from '../../render/index.ts';
import { fillLabel } from '../../core/labels/index.ts';
import { CONTENTS_PAGE_NUMBERS, commonPrint } from './handbook.ts';
import type { Output, PrintJob } from './types.ts';

export function roleHandbookPath(roleId: string): string {
  return `handbooks/${roleId}.pdf`;
}

/** One PDF per role that owns activities or carries a quota: that rep's own numbers, stages, KPIs and ramp. */
export const roleHandbooksOutput: Output = {
  id: 'role-handbooks',
  enabled: (s) => s.pdf && s.roleHandbooks,
  linked: (s) => (s.pdf || s.linkPdfs) && s.roleHandbooks,
  needsBrowser: true,
  links: (input) => {
    const l = labelsFor(input.facts.plan.locale);
    return handbookRoles(input).map((role) => ({ href: roleHandbookPath(role.id), title: fillLabel(l.role_handbook_pdf, role.title), group: l.downloads }));
  },
  emit({ presentation, version, settings }) {
    const { plan } = presentation.input.facts;
    const { period } = presentation.input.model;
    const print = presentation.roles.map((role): PrintJob => {
      const view = presentation.role(role.id);
      return {
        path: roleHandbookPath(role.id),
        html: roleHandbookHtml(presentation, role.id),
        print: {
          ...commonPrint(presentation, version, settings),
          title: `${view.documentTitle} · ${plan.title}`,
          subject: `${plan.company}: ${view.kicker}, ${period.label}`,
          headerTitle: `${plan.title} · ${role.title}`,
          runningHeader: { sections: view.chapters.map((c) => ({ id: c.anchor, title: c.title })), bare: '.cover' },
          pageNumbers: CONTENTS_PAGE_NUMBERS,
        },
      };
    });
    return { files: [], print };
  },
};
