// @ts-check
// The plain-Astro baseline for `npm run bench`: the same corpus and Markdown pipeline as Second
// Act (unified() + remark-gfm), one article route and an index page, each hero through the same
// <Picture> formats and widths and the same image encoder settings (the bench passes ours in
// BENCH_IMAGE_CONFIG), and no integrations. The bench runs the Pagefind CLI after it.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

const contentDir = process.env.CONTENT_DIR;
if (!contentDir) throw new Error('CONTENT_DIR must point at a bench corpus');

export default defineConfig({
  site: 'https://baseline.example',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: `../../../node_modules/.astro-cache/baseline-${encodeURIComponent(contentDir)}`,
  markdown: {
    syntaxHighlight: false,
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: JSON.parse(process.env.BENCH_IMAGE_CONFIG ?? '{}'),
    },
  },
  devToolbar: { enabled: false },
});
