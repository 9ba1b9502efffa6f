/**
 * Loading Pagefind's Component UI on demand, shared by the header opener and the search page.
 * Nothing under /pagefind/ is requested until a reader asks for search.
 */

import searchCss from '../styles/search.css?url';
import { BUNDLE, HIGHLIGHT_PARAM } from './search-config.ts';

/** Result card: title, series and part, date, highlighted excerpt (or the dek), thumbnail. */
export const RESULT_TEMPLATE = `<li class="pf-result"><div class="pf-result-card">
{{#if meta.image}}<img class="pf-result-image" src="{{ meta.image }}" alt="" width="96" height="54" loading="lazy">{{/if}}
<div class="pf-result-content">
{{#if meta.series_label}}<p class="sa-result-series">{{ meta.series_label }}</p>{{/if}}
<p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
{{#if meta.date}}<p class="sa-result-date">{{ meta.date }}</p>{{/if}}
{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{:else}}<p class="pf-result-excerpt">{{ meta.description }}</p>{{/if}}
</div></div></li>`;

export const MAX_RESULTS = 50;

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
    script.onload = () => void customElements.whenDefined('pagefind-results').then(() => resolve());
    script.onerror = () => {
      loading = undefined;
      reject(new Error('search could not load'));
    };
    document.head.append(css!, ours!, script);
  }));
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
