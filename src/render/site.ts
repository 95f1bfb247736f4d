import { loadTemplates } from './templates.ts';
import { siteNav } from './site-nav.ts';
import type { RenderInput, RenderOptions, SiteOutput } from './types.ts';
import { buildView, type SectionView } from './view-model.ts';

function link(section: SectionView | undefined) {
  return section && { title: section.title, href: section.href };
}

/**
 * The static site: index.html for the plan section, `<slug>.html` for every other section, and the
 * stylesheet. Every link is relative, so the folder works from file:// as well as from a web server.
 */
export function renderSite(input: RenderInput, opts: RenderOptions): SiteOutput {
  const view = buildView(input, 'site');
  const templates = loadTemplates(opts.templateDirs);
  const cache = opts.pageCache;
  cache?.begin(view, opts.templateDirs);
  const files = view.sections.map((section, i) => {
    const context = {
      ...view,
      nav: siteNav(view.sections, section),
      page: { section, isIndex: section.isPlan, prev: link(view.sections[i - 1]), next: link(view.sections[i + 1]) },
    };
    const key = cache?.keyOf(context.page, context.nav);
    const cached = key === undefined ? undefined : cache?.get(key);
    if (cached !== undefined) return { path: section.file, contents: cached };
    const body = templates.render(section.isPlan ? 'pages/index' : 'pages/section', context);
    const contents = templates.render('layouts/site', { ...context, body });
    if (key !== undefined) cache?.set(key, contents);
    return { path: section.file, contents };
  });
  files.push({ path: 'assets/site.css', contents: templates.text('styles/site.css') });
  return { files };
}
