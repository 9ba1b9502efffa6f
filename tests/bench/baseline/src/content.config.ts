import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({
    base: `${process.env.CONTENT_DIR}/articles`,
    pattern: ['**/*.{md,mdx}', '!**/_*'],
  }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      hero: z.object({ image: image(), alt: z.string() }),
    }),
});

export const collections = { articles };
