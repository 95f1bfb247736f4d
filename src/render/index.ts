export { renderSite } from './site.ts';
export { renderHandbook } from './handbook.ts';
export { renderRoleHandbook } from './role-handbook.ts';
export { buildRoleView, handbookRoles, type RoleView } from './view-role.ts';
export { BUILTIN_TEMPLATES } from './templates.ts';
export { createFormat, type Format } from '../core/format.ts';
export { labelsFor, type Labels } from '../core/labels/index.ts';
export type * from './types.ts';
export { proseToHtml, type HtmlPolicy, type RenderedProse } from './prose-html.ts';
