import { loadTemplates } from './templates.ts';
import type { RenderInput, RenderOptions } from './types.ts';
import { buildRoleView } from './view-role.ts';

/**
 * One role's print handbook (cover, contents, mission, role card, the rep's own targets, customers, the stages
 * the role owns, its KPIs and dashboard, the 30/60/90-day onboarding plan), self-contained like the full one.
 */
export function renderRoleHandbook(input: RenderInput, roleId: string, opts: RenderOptions): string {
  const view = buildRoleView(input, roleId);
  const templates = loadTemplates(opts.templateDirs);
  const css = `${templates.text('styles/site.css')}\n${templates.text('styles/print.css')}`;
  return templates.render('layouts/role-handbook', { ...view, css: css.replace(/<\/style/gi, '<\\/style') });
}
