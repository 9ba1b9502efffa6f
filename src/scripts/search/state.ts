/** Search state as it lives in the URL: /search/?q=words&series=…&topic=…&author=…&year=… */

const FILTER_KEYS = ['series', 'topic', 'author', 'year', 'kind'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: Filters;
}

/** Longest query we pass to the index; the rest of a pasted essay cannot improve the results. */
export const MAX_QUERY_LENGTH = 200;

/** Reads the query and filters from a URL's search string; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((v) => v.trim() !== '');
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/** The search string for a state, for history.replaceState: filters in a stable order. */
export function writeSearchState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query);
  for (const key of FILTER_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The part of what a reader typed that is worth searching: markup-like text dropped (no article
 * contains tags as words), white space folded, the length capped. Empty when nothing searchable
 * is left, such as punctuation or emoji alone.
 */
export function searchableQuery(raw: string): string {
  const text = raw
    .slice(0, MAX_QUERY_LENGTH * 5)
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : '';
}

/**
 * Letters a Latin-script query needs before it is searched as the reader types. Pagefind matches
 * the last word as a prefix, so it must load every index chunk of words that start that way:
 * at 10,000 articles "p" spans 57 chunks (1.5 MB), "pu" 5 (125 KB), "pum" one (24 KB).
 * Enter searches a shorter query anyway. One Chinese character is a word, so it is searched.
 */
export const MIN_PREFIX_LETTERS = 3;

/** Whether a searchable query is worth searching while the reader is still typing. */
export function searchAsTyped(query: string): boolean {
  const lastWord = query.split(' ').at(-1) ?? '';
  return /\p{Script=Han}/u.test(query) || [...lastWord].length >= MIN_PREFIX_LETTERS;
}

/**
 * Milliseconds after a keystroke before searching and drawing (the index chunks for the word
 * start loading at the keystroke). Long enough that a word typed quickly is drawn once, not once
 * per letter; short enough for results within 100 ms of the last key.
 */
export const TYPING_PAUSE_MS = 30;
