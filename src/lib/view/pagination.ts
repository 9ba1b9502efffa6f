/**
 * Lists split into pages a reader can scan. The URLs come from the routes module (the first page
 * keeps the list's own address, later ones are page/N/), so pages never move.
 */

/** Cards on one page of the archive, a topic or an author. */
export const PAGE_SIZE = 24;

/** An entry of the compact page list: a page number, or a gap ("…"). */
type PageLink = { page: number; url: string; current: boolean } | { gap: true };

export interface Pagination {
  page: number;
  pages: number;
  /** "Page 2 of 14". */
  label: string;
  prev?: string;
  next?: string;
  /** First, last, and the pages around the current one, with gaps between. */
  links: PageLink[];
}

export const pageCount = (items: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(items / size));

/** The items of one page (1-based). */
export const pageItems = <T>(items: readonly T[], page: number, size = PAGE_SIZE) =>
  items.slice((page - 1) * size, page * size);

/** Which page (1-based) holds the item at `index` of the list. */
export const pageOf = (index: number, size = PAGE_SIZE) => Math.floor(index / size) + 1;

/** How a list's pages are named in a language ("Page 2 of 14"). */
interface PageWords {
  pageOf(page: number, pages: number): string;
}

export function pagination(
  page: number,
  pages: number,
  url: (page: number) => string,
  words: PageWords = { pageOf: (n, of) => `Page ${n} of ${of}` },
): Pagination {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) links.push({ gap: true });
    links.push({ page: n, url: url(n), current: n === page });
  });
  return {
    page,
    pages,
    label: words.pageOf(page, pages),
    prev: page > 1 ? url(page - 1) : undefined,
    next: page < pages ? url(page + 1) : undefined,
    links,
  };
}

/** Every page number of a list of `items`, for getStaticPaths. */
export const pageNumbers = (items: number, size = PAGE_SIZE) =>
  Array.from({ length: pageCount(items, size) }, (_, i) => i + 1);
