import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The product's one typeface: Inter (SIL Open Font License), from the inter-ui package, its author's own release.
 * Decision: inter-ui rather than @fontsource/inter, whose files are cut into Google's unicode-range subsets: its
 * "latin" file has no → (U+2192), ✓ or ≥, which plans write, so a PDF fell back to whatever font the build machine
 * had. Every page of the site, every PDF (body, running header, page numbers) and every diagram uses these files,
 * so a PDF looks the same on any machine.
 */
export const FONT_FAMILY = 'Inter';

/** What CSS and SVG name: Inter first; the fallbacks only matter for characters Inter lacks (CJK, emoji). */
export const FONT_STACK = 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** The weights the stylesheets use (400, 600, 700) and the italic of the body text; others are synthesised. */
const FACES = [
  { file: 'Inter-Regular.woff2', weight: 400, style: 'normal' },
  { file: 'Inter-Italic.woff2', weight: 400, style: 'italic' },
  { file: 'Inter-SemiBold.woff2', weight: 600, style: 'normal' },
  { file: 'Inter-Bold.woff2', weight: 700, style: 'normal' },
] as const;

/** Where the site keeps the files and their stylesheet (linked before assets/site.css, which a plan may replace). */
export const SITE_FONT_DIR = 'assets/fonts';
export const SITE_FONT_CSS = `${SITE_FONT_DIR}/fonts.css`;

let packageDir: string | undefined;
function fontDir(): string {
  packageDir ??= dirname(createRequire(import.meta.url).resolve('inter-ui/package.json'));
  return packageDir;
}

const bytesCache = new Map<string, Uint8Array>();
function fontBytes(file: string): Uint8Array {
  let bytes = bytesCache.get(file);
  if (!bytes) {
    bytes = readFileSync(join(fontDir(), file.endsWith('.txt') ? file : join('web', file)));
    bytesCache.set(file, bytes);
  }
  return bytes;
}

/** A face's file by the name a PDF gives its font (`Inter-Bold`, after the subset tag); undefined if not ours. */
export function fontFileNamed(postscriptName: string): Uint8Array | undefined {
  const face = FACES.find((f) => f.file === `${postscriptName}.woff2`);
  return face && fontBytes(face.file);
}

/** The @font-face rules, each face's source given by `src` (a relative URL for the site, a data: URL for print). */
export function fontFaceCss(src: (file: string, bytes: () => Uint8Array) => string): string {
  return FACES.map(
    (face) =>
      `@font-face { font-family: ${FONT_FAMILY}; font-style: ${face.style}; font-weight: ${face.weight}; ` +
      `font-display: block; src: url("${src(face.file, () => fontBytes(face.file))}") format("woff2"); }`,
  ).join('\n');
}

let inlined: string | undefined;
/**
 * The rules with the fonts inside them, for documents loaded without files beside them: the print pages and the
 * diagram page. About 600 KB of CSS, built once per process.
 */
export function inlineFontFaceCss(): string {
  inlined ??= fontFaceCss((_file, bytes) => `data:font/woff2;base64,${Buffer.from(bytes()).toString('base64')}`);
  return inlined;
}

/** The site's copies of the fonts, their stylesheet and their licence, which the OFL asks to travel with them. */
export function siteFontFiles(): { path: string; contents: string | Uint8Array }[] {
  return [
    { path: SITE_FONT_CSS, contents: `${fontFaceCss((file) => file)}\n` },
    ...FACES.map((face) => ({ path: `${SITE_FONT_DIR}/${face.file}`, contents: fontBytes(face.file) })),
    { path: `${SITE_FONT_DIR}/LICENSE.txt`, contents: fontBytes('LICENSE.txt') },
  ];
}
