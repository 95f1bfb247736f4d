import type { SectionView } from './view-model.ts';

export interface NavEntry {
  title: string;
  href: string;
  current: boolean;
  /** Extra pages under this section, listed only while the reader is in it: a nav of a thousand links on every page would outweigh the pages. */
  children?: NavEntry[];
}

/** The site's nav for one page: the sections (and parentless extra pages) in order, the current section opened. */
export function siteNav(sections: readonly SectionView[], here: SectionView): NavEntry[] {
  const openKey = here.key === 'page' ? here.parent : here.key;
  const entry = (s: SectionView): NavEntry => ({ title: s.title, href: s.href, current: s === here });
  return sections
    .filter((s) => s.key !== 'page' || !s.parent)
    .map((s) => {
      const children = s.key !== 'page' && s.key === openKey ? sections.filter((p) => p.key === 'page' && p.parent === s.key) : [];
      return children.length > 0 ? { ...entry(s), children: children.map(entry) } : entry(s);
    });
}
