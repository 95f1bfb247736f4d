/**
 * Changes made to every HTML page after it is rendered, in list order: the build's (canonical links, from the
 * config's `baseUrl`) as the site is written, the dev server's (its reload script) as a page is served.
 */
export type PageTransform = (html: string, pagePath: string) => string;

export function applyPageTransforms(html: string, pagePath: string, transforms: readonly PageTransform[]): string {
  return transforms.reduce((page, transform) => transform(page, pagePath), html);
}

/** The build's page transforms for its settings. */
export function buildPageTransforms(settings: { baseUrl?: string | undefined }): PageTransform[] {
  return settings.baseUrl ? [canonicalLink(settings.baseUrl)] : [];
}

/**
 * With a base URL (config `baseUrl`), each page says where it lives: `<link rel="canonical">` in its head.
 * Without one the site keeps only relative links, so it works from file:// and any host.
 */
export function canonicalLink(baseUrl: string): PageTransform {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return (html, pagePath) => {
    if (!html.includes('</head>')) return html;
    const href = new URL(pagePath === 'index.html' ? '' : pagePath, base).href;
    const link = `<link rel="canonical" href="${href.replace(/"/g, '&quot;')}">`;
    return html.replace('</head>', `  ${link}\n</head>`);
  };
}
