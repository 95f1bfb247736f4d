import type { Format } from '../core/format.ts';
import type { SectionView } from './view-model.ts';

export interface NavEntry {
  title: string;
  href: string;
  current: boolean;
  /** Extra pages under this section, listed only while the reader is in it (a window of them when they are many). */
  children?: NavItem[];
}

/** Where a windowed list left pages out: an ellipsis, hidden from screen readers. */
export interface NavGap {
  gap: true;
}

/** The last item of a windowed list: a link to the whole list and how many pages it has. */
export interface NavMore {
  more: true;
  href: string;
  /** Formatted for the plan's locale. */
  count: string;
}

export type NavItem = NavEntry | NavGap | NavMore;

/** A page's link as the whole list shows it. */
export interface PageLink {
  title: string;
  href: string;
}

/**
 * Decision: a list of up to FULL_LIST pages is shown whole, as before (a plan's few extra pages under a section).
 * A longer one would put every sibling on every page, so the render time and the output grew with the square
 * of the pages (a page of a 4000-page plan carried 570 links twice, 59 KB). Beyond FULL_LIST the nav shows a
 * window of WINDOW pages around the current one, an ellipsis where pages were left out and a link to the whole
 * list, which one page carries: the parent section's page for its pages, the home page's cards for pages without
 * a parent. Twelve is a phone's menu beside the eight sections without much scrolling; five keeps the neighbours'
 * neighbours one click away.
 */
export const FULL_LIST = 12;
export const WINDOW = 5;

/** The id of the whole list of a section's pages on the section's own page. */
export const PAGES_ANCHOR = 'section-pages';
/** The home page's cards (templates/pages/index.hbs): every section and page. */
const HOME_LIST_ANCHOR = 'sections-heading';

export interface SiteNav {
  /** The nav of one page: the sections (and parentless extra pages) in order, the current section opened. */
  nav(here: SectionView): NavItem[];
  /** The whole list of a section's pages, on that section's page, when its nav shows only a window of it. */
  allPages(here: SectionView): PageLink[] | undefined;
}

/**
 * The nav of every page of one site, indexed once: one page's nav costs the size of its window, not the size of
 * the site.
 */
export function siteNavigation(sections: readonly SectionView[], f: Pick<Format, 'count'>): SiteNav {
  const home = sections.find((s) => s.isPlan);
  const topSections = sections.filter((s) => s.key !== 'page');
  const topPages = sections.filter((s) => s.key === 'page' && !s.parent);
  const children = new Map<string, SectionView[]>();
  for (const s of sections) {
    if (s.key !== 'page' || !s.parent) continue;
    const list = children.get(s.parent);
    if (list) list.push(s);
    else children.set(s.parent, [s]);
  }
  // Where each page stands in its own list, so a window is found without searching the list.
  const position = new Map<SectionView, number>();
  for (const list of [topPages, ...children.values()]) for (const [i, s] of list.entries()) position.set(s, i);

  const entry = (s: SectionView, here: SectionView): NavEntry => ({ title: s.title, href: s.href, current: s === here });

  /** The list whole, or a window around `here` with its gaps and a link to `whole`. */
  const shortened = (list: readonly SectionView[], here: SectionView, whole: string): NavItem[] => {
    if (list.length <= FULL_LIST) return list.map((s) => entry(s, here));
    const at = position.get(here) ?? 0;
    const start = Math.max(0, Math.min(at - Math.floor(WINDOW / 2), list.length - WINDOW));
    const end = start + WINDOW;
    return [
      ...(start > 0 ? [{ gap: true } as const] : []),
      ...list.slice(start, end).map((s) => entry(s, here)),
      ...(end < list.length ? [{ gap: true } as const] : []),
      { more: true, href: whole, count: f.count(list.length) },
    ];
  };

  return {
    nav(here) {
      const open = here.key === 'page' ? here.parent : here.key;
      const items: NavItem[] = topSections.map((s) => {
        const own = s.key === open ? children.get(s.key) : undefined;
        return own ? { ...entry(s, here), children: shortened(own, here, `${s.href}#${PAGES_ANCHOR}`) } : entry(s, here);
      });
      // A page without a parent is a top-level entry at the end, as the sections' order puts it.
      return [...items, ...shortened(topPages, here, `${home?.href ?? 'index.html'}#${HOME_LIST_ANCHOR}`)];
    },
    allPages(here) {
      const list = here.key === 'page' || here.isPlan ? undefined : children.get(here.key);
      return list && list.length > FULL_LIST ? list.map((s) => ({ title: s.title, href: s.href })) : undefined;
    },
  };
}
