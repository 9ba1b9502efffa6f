/**
 * Loading Pagefind's Component UI on demand, shared by the header opener and the search page.
 * Nothing under /pagefind/ is requested until a reader asks for search.
 */

import searchCss from '../../styles/search.css?url';
import { BUNDLE, HIGHLIGHT_PARAM } from './config.ts';

/** Result card: title, series and part, date, highlighted excerpt (or the dek), thumbnail. */
const RESULT_TEMPLATE = `<li class="pf-result"><div class="pf-result-card">
{{#if meta.image}}<img class="pf-result-image" src="{{ meta.image }}" alt="" width="96" height="54" loading="lazy">{{/if}}
<div class="pf-result-content">
{{#if meta.series_label}}<p class="sa-result-series">{{ meta.series_label }}</p>{{/if}}
<p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
{{#if meta.date}}<p class="sa-result-date">{{ meta.date }}</p>{{/if}}
{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{:else}}<p class="pf-result-excerpt">{{ meta.description }}</p>{{/if}}
</div></div></li>`;

const MAX_RESULTS = 50;

/**
 * Milliseconds the dialog's input waits after a keystroke before searching. Pagefind's default of
 * 300 alone would break the 100 ms target from last keystroke to results; at 10, each keystroke
 * searches, so the index chunks for the word load while the reader is still typing.
 */
export const INPUT_DEBOUNCE_MS = 10;

let loading: Promise<void> | undefined;

/** Adds the config element, stylesheet and script once; resolves when the components are defined. */
export function loadComponentUi(): Promise<void> {
  return (loading ??= new Promise<void>((resolve, reject) => {
    if (!document.querySelector('pagefind-config')) {
      const config = document.createElement('pagefind-config');
      config.setAttribute('highlight-param', HIGHLIGHT_PARAM);
      config.setAttribute('bundle-path', BUNDLE);
      // Start Pagefind's init (its script, wasm and index metadata) as soon as the components are
      // defined, not at the first keystroke: a reader who opened search types into a ready index.
      config.setAttribute('preload', '');
      document.body.append(config);
    }
    const [css, ours] = [`${BUNDLE}pagefind-component-ui.css`, searchCss].map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      return link;
    });
    const script = document.createElement('script');
    script.src = `${BUNDLE}pagefind-component-ui.js`;
    script.onload = () =>
      void customElements.whenDefined('pagefind-results').then(() => {
        repeatLastSearchAfterLoad();
        resolve();
      });
    script.onerror = () => {
      loading = undefined;
      reject(new Error('search could not load'));
    };
    document.head.append(css!, ours!, script);
  }));
}

/**
 * Searches asked for while Pagefind is still loading can resume out of order once it has loaded,
 * so a prefix's results ("San") could replace those of the whole word ("Sanse") and stay. When
 * the load ends, ask once more for the latest term: the newest search always wins.
 */
function repeatLastSearchAfterLoad(): void {
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;
  let askedWhileLoading = false;
  let loaded = false;
  instance.on('search', () => (askedWhileLoading ||= !loaded));
  instance
    .triggerLoad()
    .then(() => {
      loaded = true;
      // A task later, every search that was waiting for the load has resumed.
      setTimeout(() => {
        if (askedWhileLoading && instance.searchTerm) instance.triggerSearch(instance.searchTerm);
      });
    })
    .catch(() => {}); // the components report a failed load themselves
}

/** Builds `<pagefind-results>` with our template, so results look the same in the dialog and on /search/. */
export function resultsElement(): HTMLElement {
  const results = document.createElement('pagefind-results');
  results.setAttribute('show-images', '');
  results.setAttribute('hide-sub-results', '');
  // A query that matches hundreds of pages is better narrowed than scrolled: show the best 50
  // (the summary still gives the full count) instead of hundreds of lazy placeholders.
  results.setAttribute('max-results', String(MAX_RESULTS));
  const template = document.createElement('script');
  template.type = 'text/pagefind-template';
  template.textContent = RESULT_TEMPLATE;
  results.append(template);
  return results;
}
