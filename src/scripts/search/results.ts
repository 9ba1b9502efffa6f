/**
 * Drawing search results, shared by the header's dialog and the search page: a summary that
 * screen readers announce, a list of result cards, and a button for the next batch. Only the
 * shown results' data is fetched (one small file each).
 */
import {
  loadPagefind,
  newestOnly,
  preloadTerm,
  type Filters,
  type Response,
  type Result,
  type ResultData,
} from './engine.ts';
import { MIN_PREFIX_LETTERS, searchAsTyped, TYPING_PAUSE_MS } from './state.ts';
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
 * Searches and draws. The newest search wins. A search's results replace the previous ones when
 * its first card is ready, and the rest of the batch follows in order as each card's data
 * arrives, so the best match shows without waiting for the slowest of the batch.
 */
export function resultsView({ summary, list, more }: ResultParts, batch: number) {
  const text = searchText();
  let pending: Result[] = [];
  // Bumped by every search drawn and every clear: cards still loading for an older one are dropped.
  let drawing = 0;

  const find = newestOnly(async (term: string, filters: Filters) =>
    (await loadPagefind()).search(term || null, { filters }),
  );

  /** Appends cards in result order; `before` runs once, just before the first card goes in. */
  async function draw(
    results: Result[],
    mine: number,
    before?: () => void,
  ): Promise<HTMLAnchorElement | undefined> {
    let first: HTMLAnchorElement | undefined;
    for (const data of results.map((r) => r.data())) {
      const card = resultCard(await data);
      if (mine !== drawing) return undefined;
      before?.();
      before = undefined;
      list.append(card);
      first ??= card.querySelector('a') ?? undefined;
    }
    return first;
  }

  more.addEventListener('click', async () => {
    const next = pending.slice(0, batch);
    pending = pending.slice(batch);
    more.hidden = pending.length === 0;
    // Keyboard readers continue from the first of the new results.
    (await draw(next, drawing))?.focus();
  });

  /** Searches for a term ('': filters alone); resolves undefined if a newer search replaced it. */
  async function search(term: string, filters: Filters): Promise<Shown | undefined> {
    list.setAttribute('aria-busy', 'true');
    const response = await find(term, filters);
    if (!response) return undefined;
    const mine = ++drawing;
    const count = response.results.length;
    pending = response.results.slice(batch);
    const replace = () => {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = pending.length === 0;
      summary.textContent = term
        ? count > 0
          ? text.resultCount(count, term)
          : text.noResults(term)
        : text.filteredCount(count);
    };
    if (count === 0) replace();
    else await draw(response.results.slice(0, batch), mine, replace);
    return mine === drawing ? { term, response } : undefined;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;

  /** Clears the results and shows a short message (or nothing) in the summary. */
  function clear(message = '') {
    clearTimeout(typing);
    find.cancel();
    drawing++;
    pending = [];
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    summary.textContent = message;
  }

  return {
    /**
     * Searches for what the reader typed. While typing (`now` false), a word too short to search
     * gets a hint instead, and the search waits for a pause in the typing, with the word's index
     * chunks loading meanwhile; Enter or a filter (`now`) searches at once, whatever the length.
     * Resolves undefined when a later keystroke or search replaced this one.
     */
    ask(term: string, filters: Filters, now: boolean): Promise<Shown | undefined> {
      clearTimeout(typing);
      if (term && !now) {
        if (!searchAsTyped(term)) {
          clear(text.keepTyping(MIN_PREFIX_LETTERS));
          return Promise.resolve(undefined);
        }
        preloadTerm(term, filters);
      }
      return new Promise((resolve, reject) => {
        typing = setTimeout(
          () => search(term, filters).then(resolve, reject),
          now ? 0 : TYPING_PAUSE_MS,
        );
      });
    },
    clear,
  };
}
