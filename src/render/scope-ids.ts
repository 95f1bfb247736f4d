/**
 * The handbook puts every section in one document, where two sections may both have a heading
 * "Overview". Prefixing each section's ids with its slug keeps them unique, and links between
 * section pages (`team.html#roles`) become links inside the document (`#team--roles`).
 * The HTML is rehype-stringify output: attributes are double-quoted and their values escaped.
 */
export function scopedId(slug: string, id: string): string {
  return `${slug}--${id}`;
}

export function scopeIds(html: string, slug: string, pageSlugs: ReadonlyMap<string, string>): string {
  return html
    .replace(/(\s(?:id|aria-describedby|aria-labelledby)=")([^"]+)"/g, (_m, attr: string, value: string) => {
      const ids = value.split(/\s+/).map((id) => scopedId(slug, id));
      return `${attr}${ids.join(' ')}"`;
    })
    .replace(/(\shref=")([^"]*)"/g, (match, attr: string, href: string) => {
      if (href.startsWith('#')) return `${attr}#${scopedId(slug, href.slice(1))}"`;
      const page = /^(?:\.\/)?([^/#?:]+)\.html(?:#(.*))?$/.exec(href);
      const target = page?.[1] === undefined ? undefined : pageSlugs.get(page[1]);
      if (target === undefined) return match;
      return `${attr}#${page?.[2] ? scopedId(target, page[2]) : target}"`;
    });
}
