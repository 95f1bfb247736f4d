import { fillLabels, handbookHtml, labelsFor, type Presentation } from '../../render/index.ts';
import type { PlanVersion } from '../version.ts';
import type { OutputSettings, Output, PrintJob } from './types.ts';

export const HANDBOOK_PATH = 'handbook.pdf';

/** What every PDF of a plan shares: author, language, fixed creation date, footer label, paper. */
export function commonPrint(presentation: Presentation, version: PlanVersion, settings: OutputSettings) {
  const { plan } = presentation.input.facts;
  return {
    author: plan.author ?? plan.company,
    language: plan.locale,
    creationDate: version.epoch,
    pageLabel: labelsFor(plan.locale).page_of,
    paper: settings.paper,
  };
}

/** The whole plan as one PDF: cover, contents, every section, bookmarks, running header. */
export const handbookOutput: Output = {
  id: 'handbook',
  enabled: (s) => s.pdf,
  linked: (s) => s.pdf || s.linkPdfs,
  needsBrowser: true,
  links: ({ facts }) => {
    const l = labelsFor(facts.plan.locale);
    return [{ href: HANDBOOK_PATH, title: l.full_handbook, group: l.downloads }];
  },
  emit({ presentation, version, settings }) {
    const { facts, model } = presentation.input;
    // The view's sections: the plan's, and the scenarios appendix when the plan has one.
    const sections = presentation.print.sections;
    const { plan } = facts;
    const job: PrintJob = {
      path: HANDBOOK_PATH,
      html: handbookHtml(presentation),
      print: {
        ...commonPrint(presentation, version, settings),
        title: plan.title,
        subject: fillLabels(labelsFor(plan.locale).pdf_subject, { company: plan.company, period: model.period.label }),
        headerTitle: plan.title,
        // The cover is the first page: no running header there.
        runningHeader: { sections: [plan.title, ...sections.map((s) => s.title)], skipPages: 1 },
      },
    };
    return { files: [], print: [job] };
  },
};
