/** Where Pagefind's files live, and the query parameter that carries search terms to a result page. */
import { searchBundleUrl } from '../../lib/site/routes.ts';

export const BUNDLE = searchBundleUrl();
export const HIGHLIGHT_PARAM = 'highlight';
