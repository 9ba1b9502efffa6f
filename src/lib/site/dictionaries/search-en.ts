/**
 * The search page's and search dialog's text in English. A module of its own, so the browser code
 * that draws results loads these strings and not the whole dictionary.
 */
export const searchEn = {
  title: 'Search',
  description: 'Search every Second Act article, series and author.',
  lede: 'Search every article, series and author, in English or Chinese.',
  searchFor: 'Search for',
  submit: 'Search',
  noScript: 'Search runs in your browser and needs JavaScript. You can still browse',
  or: 'or',
  allArticles: 'all articles',
  topics: 'topics',
  filters: 'Filter results',
  filterBy: 'Filter by',
  series: 'Series',
  topic: 'Topic',
  author: 'Author',
  year: 'Year',
  nothing:
    'Nothing matched. Try fewer or different words, a name in Chinese (雷军, 小米), or clear the filters.',
  orBrowse: 'Or browse',
  byYear: 'all articles by year',
  and: 'and',
  theSeries: 'the series',
  failed: 'Search could not load. Check your connection and reload, or browse',
  dialogLabel: 'Search articles',
  close: 'Close',
  keyHints: '↓ moves to the results, Enter opens one, Esc closes',
  searching: 'Searching…',
  loadingFilters: 'Loading…',
  keepTyping: (letters: number) => `Type ${letters} letters or more, or press Enter`,
  resultCount: (count: number, term: string) =>
    `${count} ${count === 1 ? 'result' : 'results'} for ${term}`,
  filteredCount: (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`,
  noResults: (term: string) => `No results for ${term}`,
  showMore: 'Show more results',
};

export type SearchText = typeof searchEn;
