// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import {
  rehypeHeadingAnchors,
  rehypeTableAlign,
  rehypeTaskListLabels,
} from './src/lib/build/markdown.ts';
import {
  CSP_DIRECTIVES,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
  sha256Source,
} from './src/lib/build/csp.ts';
import { lastModified, lastModifiedOf } from './src/lib/build/lastmod.ts';
import { readRedirects } from './src/lib/content/redirects.ts';
import { cspPerPage } from './src/integrations/csp.ts';
import { pagefindDevServer } from './src/integrations/pagefind.ts';
import { movedPages } from './src/integrations/redirects.ts';
import { socialCardFiles } from './src/integrations/social-cards.ts';
import { THEME_SCRIPT } from './src/scripts/theme.ts';

// One setting for the public URL; other deployments override it at build time.
const site = process.env.SITE_URL ?? 'https://second-act.example';
// Fixture and benchmark builds point at another content tree and keep their own output and cache,
// so they never clobber the real site's dist/ or content cache.
const contentDir = process.env.CONTENT_DIR ?? 'content';
const lastmod = lastModified(contentDir);
// Old addresses of moved pages answer with redirects; their stubs stay out of the sitemap.
const movedFrom = new Set(readRedirects(contentDir).map((r) => r.from));

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // The one build cache (README, "Build cache"): Astro's content and image caches and, in
  // second-act-cards/, the social cards. ASTRO_CACHE_DIR moves it; bench and fixture corpora get
  // their own. Keep it between builds and a rebuild re-encodes no image and redraws no card.
  cacheDir: (process.env.ASTRO_CACHE_DIR ??= process.env.CONTENT_DIR
    ? `./node_modules/.astro-cache/${encodeURIComponent(contentDir)}`
    : './node_modules/.astro'),
  // Encoder settings chosen for build time (README, "Build cache"): AVIF at effort 0 and WebP at
  // effort 2 encode a 1600 px hero into all six variants in about a tenth of the default time.
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { avif: { effort: 0, quality: 50 }, webp: { effort: 2, quality: 80 } },
    },
  },
  prerenderConflictBehavior: 'error',
  // English at the root, Chinese under /zh/ (src/lib/site/i18n.ts; routes under src/pages/[...locale]/).
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // No code blocks in our articles, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    // remark-gfm is our one GFM implementation, for .md and .mdx alike.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        rehypeHeadingIds,
        rehypeHeadingAnchors,
        rehypeTableAlign,
        rehypeTaskListLabels,
      ],
    }),
  },
  integrations: [
    mdx(),
    // Before movedPages: it copies a moved article's card to the old address.
    socialCardFiles(),
    movedPages(contentDir),
    sitemap({
      // hreflang alternates between each page and its translation.
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      filter: (page) => {
        const path = new URL(page).pathname;
        return !/\/404\/?$/.test(path) && !movedFrom.has(path);
      },
      serialize: (item) => {
        const day = lastModifiedOf(lastmod, new URL(item.url).pathname);
        return day ? { ...item, lastmod: day } : item;
      },
    }),
    cspPerPage(),
    pagefindDevServer(),
  ],
  // Class-based scoping and inlined CSS keep each page small and render-ready in one response.
  scopedStyleStrategy: 'class',
  // Four pages in flight: one page's file writes overlap the next one's rendering. At 1,000
  // articles page generation takes 4.6 s instead of 6.9 s (one at a time) or 5.5 s (eight).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page (src/lib/build/csp.ts): hashes for our inline
  // script and styles, no 'unsafe-inline'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: [...SCRIPT_SOURCES],
        // Astro hashes the scripts it bundles; our one inline script is added by hand.
        hashes: [sha256Source(THEME_SCRIPT)],
      },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
