/** Where Pagefind's files live, and the query parameter that carries search terms to a result page. */
export const BUNDLE = '/pagefind/';
export const HIGHLIGHT_PARAM = 'highlight';
