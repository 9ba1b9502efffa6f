/**
 * Pagefind's search API, loaded the first time a reader asks for search. We draw results
 * ourselves (results.ts) instead of loading Pagefind's Component UI: its script and styles
 * weigh 47 KB and it reads every filter at start, which at 10,000 articles is 105 KB more.
 */
import { BUNDLE, HIGHLIGHT_PARAM } from './config.ts';

/** Selected filter values by filter name, as Pagefind takes them. */
export type Filters = Record<string, string[]>;
/** Pages per filter value, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  url: string;
  /** Pagefind escapes the text and adds only <mark> elements. */
  excerpt: string;
  meta: Partial<Record<'title' | 'image' | 'date' | 'series_label' | 'description', string>>;
}

export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

export interface Response {
  results: Result[];
  /** Counts within these results, for the filters whose data has been loaded. */
  filters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<Response>;
  preload(term: string, options?: { filters?: Filters }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Words of excerpt around the best match: two lines of a result card. */
const EXCERPT_WORDS = 24;

let loading: Promise<Pagefind> | undefined;

/**
 * Imports Pagefind and starts its init (wasm and index metadata) at once, so an index is ready
 * by the time the reader has typed a word. Pagefind searches in its web worker: on the main
 * thread, at 10,000 articles, its start and a search for a common word blocked the page for about
 * a second (Lighthouse on /search/?q=company: performance 64–69, against 100 with the worker).
 */
export function loadPagefind(): Promise<Pagefind> {
  return (loading ??= (async () => {
    const url = `${BUNDLE}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: EXCERPT_WORDS });
    void pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/**
 * Starts loading the index chunks a term needs, as the reader types, so that the search after
 * the typing pause finds them loaded. Only for terms worth searching (state.ts, searchAsTyped).
 */
export function preloadTerm(term: string, filters: Filters = {}): void {
  loadPagefind()
    .then((pagefind) => pagefind.preload(term, { filters }))
    .catch(() => {}); // the search that follows reports a failure
}

/**
 * Wraps an async call so that only the newest call's answer is kept: an older one that finishes
 * later (a prefix's results arriving after the whole word's) resolves to undefined instead, and
 * so does every call running when `cancel()` is called.
 */
export function newestOnly<Args extends unknown[], Value>(
  call: (...args: Args) => Promise<Value>,
): ((...args: Args) => Promise<Value | undefined>) & { cancel(): void } {
  let newest = 0;
  const run = async (...args: Args) => {
    const mine = ++newest;
    const value = await call(...args);
    return mine === newest ? value : undefined;
  };
  return Object.assign(run, { cancel: () => void ++newest });
}
