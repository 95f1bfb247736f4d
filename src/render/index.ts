export { renderSite, sitePages } from './site.ts';
export { handbookHtml, renderHandbook } from './handbook.ts';
export { roleHandbookHtml } from './role-handbook.ts';
export { present, type Presentation, type PresentBuilders, type PresentOptions } from './present.ts';
export { buildRoleView, handbookRoles, type RoleView } from './view-role.ts';
export { BUILTIN_TEMPLATES } from './templates.ts';
export { createFormat, formatFor, type Format } from '../core/format.ts';
export { fillLabels, labelsFor, type Labels } from '../core/labels/index.ts';
export {
  comparisonTable,
  goalSeekTable,
  scenariosJson,
  numbersCsv,
  numbersJson,
  numbersText,
  numbersWorkbook,
  planTables,
  type NumbersFormat,
  type NumbersOptions,
} from './numbers/format.ts';
export type { NumbersTable } from './numbers/cells.ts';
export { TABLE_NAMES } from './numbers/tables.ts';
export type * from './types.ts';
export { proseToHtml, type HtmlPolicy, type RenderedProse } from './prose-html.ts';
export { gapChartSvg } from './charts/gap-chart.ts';
export { planCharts, type PlanCharts } from './charts/plan-charts.ts';
export { TORNADO_NARROW, TORNADO_WIDE, tornadoChartSvg } from './charts/tornado-chart.ts';
export { tornadoInput } from './view-sensitivity.ts';
export { dashboardCharts, type DashboardCharts } from './charts/dashboard-charts.ts';
export { dashboardHtml } from './dashboard-pdf.ts';
export { dashboardPage, dashboardPdfPath, dashboardTitle, dashboardsView, type DashboardView } from './view-dashboards.ts';
