import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articlesLoader } from './lib/content/articles-loader.ts';
import { parseYears } from './lib/site/dates.ts';

/** Where the content lives; fixture and benchmark builds point CONTENT_DIR elsewhere. */
const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

const nonEmpty = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/**
 * A date as written, YYYY-MM-DD, quoted or not. The articles loader has already checked every
 * date field as written (src/lib/content/checks.ts: YAML's own date parsing would roll 2021-13-45
 * over before this schema saw it), so here it only becomes a Date at midnight UTC.
 */
const calendarDate = z
  .union([z.date(), z.string()])
  .transform(
    (value) =>
      new Date(`${(value instanceof Date ? value.toISOString() : value).slice(0, 10)}T00:00:00Z`),
  );

/** The years a story covers, "1987–2007" or "2021" (YAML reads a lone year as a number). */
const yearSpan = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = String(value).trim();
  if (!parseYears(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a span of years (write 1987–2007 or 2021)`,
    });
    return z.NEVER;
  }
  return text.replace(/\s*-\s*/, '–');
});

const articles = defineCollection({
  loader: articlesLoader(`${contentDir}/articles`),
  schema: ({ image }) =>
    z
      .strictObject({
        title: nonEmpty('title'),
        description: nonEmpty('description'),
        pubDate: calendarDate,
        updatedDate: calendarDate.optional(),
        author: reference('authors'),
        series: reference('series').optional(),
        part: z.number().int().positive().optional(),
        topics: z.array(reference('topics')).min(1, { error: 'list at least one topic' }),
        hero: z.strictObject({
          image: image(),
          alt: nonEmpty('hero.alt'),
          caption: z.string().optional(),
          credit: nonEmpty('hero.credit'),
          license: nonEmpty('hero.license'),
          licenseUrl: z.url().optional(),
          sourceUrl: z.url().optional(),
        }),
        sources: z
          .array(
            z
              .strictObject({
                // The page's headline as published; where none is recorded, leave it out.
                title: nonEmpty('title').optional(),
                url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
                publisher: nonEmpty('publisher').optional(),
                date: calendarDate.optional(),
              })
              .superRefine((source, ctx) => {
                if (source.title === undefined && source.publisher === undefined) {
                  ctx.addIssue({
                    code: 'custom',
                    path: ['publisher'],
                    message: 'publisher is required when a source has no title',
                  });
                }
              }),
          )
          .min(1, { error: 'list at least one source' }),
        corrections: z
          .array(z.strictObject({ date: calendarDate, text: nonEmpty('text') }))
          .optional(),
        readAlso: z.array(reference('articles')).optional(),
        years: yearSpan.optional(),
        featured: z.boolean().default(false),
        draft: z.boolean().default(false),
      })
      .superRefine((data, ctx) => {
        if (data.series && data.part === undefined) {
          ctx.addIssue({ code: 'custom', path: ['part'], message: 'part is required with series' });
        }
        if (data.part !== undefined && !data.series) {
          ctx.addIssue({
            code: 'custom',
            path: ['series'],
            message: 'series is required with part',
          });
        }
      }),
});

/**
 * A Chinese translation, beside its original as `index.zh.md`. It shares the original's hero image,
 * series, part, topics, author and sources, and has its own title, dek, alt text, caption and
 * corrections. It may restate series and part, which must then match the original's
 * (src/lib/content/checks.ts, with the check that the original exists).
 */
const translations = defineCollection({
  loader: articlesLoader(`${contentDir}/articles`, 'translations'),
  schema: z.strictObject({
    title: nonEmpty('title'),
    description: nonEmpty('description'),
    pubDate: calendarDate,
    updatedDate: calendarDate.optional(),
    series: z.string().optional(),
    part: z.number().int().positive().optional(),
    hero: z.strictObject({ alt: nonEmpty('hero.alt'), caption: z.string().optional() }),
    corrections: z.array(z.strictObject({ date: calendarDate, text: nonEmpty('text') })).optional(),
  }),
});

/** Chinese text of a series, topic or author, where the Chinese edition shows it. */
const inChinese = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape).optional();

const authors = defineCollection({
  loader: glob({ base: `${contentDir}/authors`, pattern: '*.{yaml,yml}' }),
  schema: z.strictObject({
    name: nonEmpty('name'),
    shortBio: nonEmpty('shortBio'),
    bio: nonEmpty('bio'),
    zh: inChinese({ shortBio: nonEmpty('zh.shortBio'), bio: nonEmpty('zh.bio') }),
  }),
});

const series = defineCollection({
  loader: glob({ base: `${contentDir}/series`, pattern: '*.{yaml,yml}' }),
  schema: z.strictObject({
    title: nonEmpty('title'),
    description: nonEmpty('description'),
    zh: inChinese({ title: nonEmpty('zh.title'), description: nonEmpty('zh.description') }),
  }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: z.strictObject({
    title: nonEmpty('title'),
    description: nonEmpty('description'),
    zh: inChinese({ title: nonEmpty('zh.title'), description: nonEmpty('zh.description') }),
  }),
});

export const collections = { articles, translations, authors, series, topics };
