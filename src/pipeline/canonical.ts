import type { OutputFile } from '../render/index.ts';

/**
 * With a base URL (config `baseUrl`), each page says where it lives: `<link rel="canonical">` in its head.
 * Without one the site keeps only relative links, so it works from file:// and any host.
 */
export function withCanonicalLinks(files: OutputFile[], baseUrl: string | undefined): OutputFile[] {
  if (!baseUrl) return files;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return files.map((file) => {
    if (!file.path.endsWith('.html') || !file.contents.includes('</head>')) return file;
    const href = new URL(file.path === 'index.html' ? '' : file.path, base).href;
    const link = `<link rel="canonical" href="${href.replace(/"/g, '&quot;')}">`;
    return { ...file, contents: file.contents.replace('</head>', `  ${link}\n</head>`) };
  });
}
