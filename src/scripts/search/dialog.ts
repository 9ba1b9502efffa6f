/**
 * The header's search dialog: a native modal <dialog> (Escape closes it and focus returns to
 * where it was), an input, and results drawn by results.ts. Loaded on intent by SearchOpener,
 * so pages carry only the few lines that wire it up.
 */
import searchCss from '../../styles/search.css?url';
import { loadPagefind } from './engine.ts';
import { element, resultsView } from './results.ts';
import { MAX_QUERY_LENGTH, searchableQuery } from './state.ts';
import { searchText } from './text.ts';

/** Results drawn at once, and per "Show more": a screenful in the dialog. */
const BATCH = 5;

let dialog: HTMLDialogElement | undefined;

let stylesheet: Promise<unknown> | undefined;

/** Loads Pagefind and the dialog's stylesheet ahead of the click, on the reader's intent. */
export function prepareSearch(): Promise<unknown> {
  stylesheet ??= new Promise((settled) => {
    const link = element('link', { rel: 'stylesheet', href: searchCss });
    link.onload = link.onerror = settled;
    document.head.append(link);
  });
  return Promise.all([stylesheet, loadPagefind()]);
}

function createDialog(): HTMLDialogElement {
  const text = searchText();
  const input = element('input', {
    id: 'search-dialog-q',
    class: 'search-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: String(MAX_QUERY_LENGTH),
    placeholder: text.dialogLabel,
  });
  const close = element('button', { type: 'button', class: 'search-dialog-close' }, text.close);
  const summary = element('p', { class: 'search-summary', role: 'status', 'aria-live': 'polite' });
  const list = element('ol', { class: 'search-results' });
  const more = element(
    'button',
    { type: 'button', class: 'search-more', hidden: '' },
    text.showMore,
  );
  const box = element(
    'dialog',
    { class: 'search-dialog', 'aria-label': text.dialogLabel },
    element(
      'div',
      { class: 'search-dialog-bar' },
      element('label', { class: 'sr-only', for: input.id }, text.searchFor),
      input,
      close,
    ),
    summary,
    list,
    more,
    element('p', { class: 'search-hints' }, text.keyHints),
  );
  const results = resultsView({ summary, list, more }, BATCH);

  const search = (now: boolean) => {
    const term = searchableQuery(input.value);
    if (!term) return results.clear();
    results.ask(term, {}, now).catch(() => results.clear(text.failed));
  };
  input.addEventListener('input', () => search(false));

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  box.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      // Escape in a search field would first clear it; here it closes, as readers expect.
      event.preventDefault();
      box.close();
    } else if (event.key === 'Enter' && target === input) {
      event.preventDefault();
      search(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Arrows move between the input and the result links.
      const stops = [input, ...links()];
      const at = stops.indexOf(target as HTMLInputElement);
      if (at < 0 || (target === input && event.key === 'ArrowUp')) return;
      event.preventDefault();
      stops[
        Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))
      ]?.focus();
    } else if (event.key === 'Tab') {
      // Keep Tab inside the dialog: wrap from the last control to the first and back.
      const controls = [...box.querySelectorAll<HTMLElement>('input, button, a[href]')].filter(
        (el) => el.offsetParent !== null,
      );
      const edge = event.shiftKey ? controls[0] : controls.at(-1);
      if (document.activeElement === edge) {
        event.preventDefault();
        (event.shiftKey ? controls.at(-1) : controls[0])?.focus();
      }
    }
  });
  close.addEventListener('click', () => box.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  return box;
}

/** Opens the dialog, building it the first time; the input is focused with its text selected. */
export async function openSearchDialog(): Promise<void> {
  // A failed load is reported in the dialog when the reader searches; the styles are awaited.
  void prepareSearch().catch(() => {});
  await stylesheet;
  if (!dialog) {
    dialog = createDialog();
    document.body.append(dialog);
  }
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.focus();
  input.select();
}
