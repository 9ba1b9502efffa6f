/**
 * Drawing search results, shared by the header's dialog and the search page: a summary that
 * screen readers announce, a list of result cards, and a button for the next batch. Only the
 * shown results' data is fetched (one small file each).
 */
import {
  loadPagefind,
  newestOnly,
  type Filters,
  type Response,
  type Result,
  type ResultData,
} from './engine.ts';
import { searchText } from './text.ts';

/** Creates an element with attributes and children (text or elements). */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind escapes excerpts and marks matches; keep <mark> and nothing else, whatever comes. */
export const markOnly = (excerpt: string): string => excerpt.replace(/<(?!\/?mark>)[^>]*>?/g, '');

/** One result: thumbnail, series and part, title link, date, highlighted excerpt or the dek. */
function resultCard({ url, excerpt, meta }: ResultData): HTMLLIElement {
  const text = element('p', { class: 'search-result-excerpt' });
  if (excerpt) text.innerHTML = markOnly(excerpt);
  else text.textContent = meta.description ?? '';
  return element(
    'li',
    { class: 'search-result' },
    ...(meta.image
      ? [element('img', { src: meta.image, alt: '', width: '96', height: '54', loading: 'lazy' })]
      : []),
    element(
      'div',
      {},
      ...(meta.series_label
        ? [element('p', { class: 'search-result-series' }, meta.series_label)]
        : []),
      element(
        'p',
        { class: 'search-result-title' },
        element('a', { class: 'search-result-link', href: url }, meta.title ?? url),
      ),
      ...(meta.date ? [element('p', { class: 'search-result-date' }, meta.date)] : []),
      text,
    ),
  );
}

export interface ResultParts {
  summary: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** What a search found, once its first batch is drawn. */
export interface Shown {
  term: string;
  response: Response;
}

/**
 * Searches and draws: the newest search wins, and nothing changes on screen until its first
 * `batch` results have their data, so cards appear together instead of one by one.
 */
export function resultsView({ summary, list, more }: ResultParts, batch: number) {
  const text = searchText();
  let pending: Result[] = [];

  const find = newestOnly(async (term: string, filters: Filters) => {
    const pagefind = await loadPagefind();
    const response = await pagefind.search(term || null, { filters });
    const cards = await Promise.all(response.results.slice(0, batch).map((r) => r.data()));
    return { response, cards };
  });

  const show = (cards: ResultData[], focusFirst: boolean) => {
    const items = cards.map(resultCard);
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  more.addEventListener('click', async () => {
    const next = pending.slice(0, batch);
    pending = pending.slice(batch);
    show(await Promise.all(next.map((r) => r.data())), true);
  });

  return {
    /** Searches for a term (null: filters alone); resolves undefined if a newer search replaced it. */
    async search(term: string, filters: Filters = {}): Promise<Shown | undefined> {
      list.setAttribute('aria-busy', 'true');
      const found = await find(term, filters);
      if (!found) return undefined;
      list.removeAttribute('aria-busy');
      const { response, cards } = found;
      const count = response.results.length;
      pending = response.results.slice(batch);
      list.replaceChildren();
      show(cards, false);
      summary.textContent = term
        ? count > 0
          ? text.resultCount(count, term)
          : text.noResults(term)
        : text.filteredCount(count);
      return { term, response };
    },
    /** Clears the results and shows a short message (or nothing) in the summary. */
    clear(message = '') {
      find.cancel();
      pending = [];
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      summary.textContent = message;
    },
  };
}
