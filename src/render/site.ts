import { present, type Presentation } from './present.ts';
import { PAGES_ANCHOR, siteNavigation } from './site-nav.ts';
import type { PageCache, RenderInput, RenderOptions, SiteOutput } from './types.ts';
import type { SectionView } from './view-model.ts';

function link(section: SectionView | undefined) {
  return section && { title: section.title, href: section.href };
}

/**
 * The static site: index.html for the plan section, `<slug>.html` for every other section, and the
 * stylesheet (the fonts and theirs: core/typeface.ts). Every link is relative, so the folder works from file:// as well as from a web server.
 */
export function sitePages(presentation: Presentation, opts: { pageCache?: PageCache } = {}): SiteOutput {
  const view = presentation.site;
  const { templates } = presentation;
  const cache = opts.pageCache;
  cache?.begin(view, presentation.templateDirs);
  const navigation = siteNavigation(view.sections, presentation.format);
  const files = view.sections.map((section, i) => {
    const allPages = navigation.allPages(section);
    const context = {
      ...view,
      nav: navigation.nav(section),
      page: {
        section,
        isIndex: section.isPlan,
        prev: link(view.sections[i - 1]),
        next: link(view.sections[i + 1]),
        // The whole list of the section's pages, when the nav shows only a window of it.
        ...(allPages ? { allPages, allPagesId: PAGES_ANCHOR } : {}),
      },
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

/** The site of one render input on its own (a build presents once and calls sitePages). */
export function renderSite(input: RenderInput, opts: RenderOptions): SiteOutput {
  return sitePages(present(input, opts), opts);
}
