import { siteFontFiles } from '../../core/typeface.ts';
import { sitePages } from '../../render/index.ts';
import { SitePageCache } from '../cache/page-cache.ts';
import { applyPageTransforms } from '../page-transforms.ts';
import type { Output } from './types.ts';

/** The HTML site: a page per section, its stylesheet and fonts; every page through the build's page transforms. */
export const siteOutput: Output = {
  id: 'site',
  enabled: (s) => s.site,
  // Diagrams it cannot draw without a browser are shown as their source (a --no-pdf build on a bare machine).
  needsBrowser: false,
  links: () => [],
  async emit({ presentation, pageCache, cacheDir, planDir, pageTransforms, onCacheDamage }) {
    const cache = pageCache ?? (await SitePageCache.open(cacheDir, planDir, onCacheDamage));
    const { files } = sitePages(presentation, { pageCache: cache });
    await cache.save().catch(() => {});
    return {
      files: [
        ...files.map((file) =>
          file.path.endsWith('.html') ? { ...file, contents: applyPageTransforms(file.contents, file.path, pageTransforms) } : file,
        ),
        ...siteFontFiles(),
      ],
      print: [],
    };
  },
};
