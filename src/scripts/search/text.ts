/** The search interface's text in the page's language, from the site's dictionaries. */
import { searchEn, type SearchText } from '../../lib/site/dictionaries/search-en.ts';
import { searchZh } from '../../lib/site/dictionaries/search-zh.ts';

export const searchText = (): SearchText =>
  document.documentElement.lang.startsWith('zh') ? searchZh : searchEn;
