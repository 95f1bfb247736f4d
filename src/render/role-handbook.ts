import type { Presentation } from './present.ts';

/**
 * One role's print handbook (cover, contents, mission, role card, the rep's own targets, customers, the stages
 * the role owns, its KPIs and dashboard, the 30/60/90-day onboarding plan), self-contained like the full one.
 */
export function roleHandbookHtml(presentation: Presentation, roleId: string): string {
  return presentation.templates.render('layouts/role-handbook', { ...presentation.role(roleId), css: presentation.printCss });
}

