/** Structured data (schema.org JSON-LD), as plain objects. */

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}

export function itemList(name: string, items: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      url: item.url,
    })),
  };
}

export interface ArticleData {
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified?: Date;
  authorName: string;
  authorUrl: string;
  image: string;
  section?: string;
  publisher: { name: string; url: string; logo: string };
}

export function articleLd(a: ArticleData) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    url: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.published.toISOString(),
    dateModified: (a.modified ?? a.published).toISOString(),
    author: { '@type': 'Person', name: a.authorName, url: a.authorUrl },
    image: [a.image],
    ...(a.section ? { articleSection: a.section } : {}),
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo },
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
