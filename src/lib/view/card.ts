import type { ImageMetadata } from 'astro';
import type { Article, Catalog } from '../content/catalog.ts';
import { articleUrl } from '../site/routes.ts';

/** What an article card shows, wherever articles are listed. */
export interface CardProps {
  slug: string;
  /** The article's page in the list's language. */
  url: string;
  title: string;
  description: string;
  pubDate: Date;
  /** "Part 2 of 7 · The Xiaomi Story", when the article belongs to a series. */
  seriesLabel?: string;
  /** Its part number in that series. */
  part?: number;
  /** The years the story covers, e.g. "1987–2007". */
  years?: string;
  /** Reading time in minutes. */
  minutes?: number;
  /** The hero, drawn small as the card's thumbnail. */
  image?: ImageMetadata;
}

const cards = new WeakMap<Catalog, Map<string, CardProps>>();

/** An article's card, made once per build however many pages list it. */
export function articleCard(catalog: Catalog, article: Article): CardProps {
  let byArticle = cards.get(catalog);
  if (!byArticle) cards.set(catalog, (byArticle = new Map()));
  let card = byArticle.get(article.slug);
  if (!card) {
    const { slug, title, description, pubDate, part, years } = article;
    card = {
      slug,
      url: articleUrl(slug, catalog.locale),
      title,
      description,
      pubDate,
      seriesLabel: catalog.seriesIndex.label(article),
      part,
      years,
      minutes: catalog.minutes(article),
      image: article.hero.image,
    };
    byArticle.set(article.slug, card);
  }
  return card;
}

/** The cards of a list of articles, in its order. */
export const articleCards = (catalog: Catalog, articles: readonly Article[]) =>
  articles.map((article) => articleCard(catalog, article));
