/** Structured data (schema.org JSON-LD) and share links, as plain objects and strings. */

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

export interface ShareLink {
  label: string;
  href: string;
}

/** Plain share URLs: no third-party script or request until a reader follows one. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { label: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    // The networks read the title from the page's Open Graph tags; only email needs it here.
    { label: 'X', href: `https://x.com/intent/post?url=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'Weibo', href: `https://service.weibo.com/share/share.php?url=${u}` },
  ];
}
