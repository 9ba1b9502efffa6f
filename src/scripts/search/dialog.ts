/**
 * The header's search dialog, built from Pagefind's Component UI the first time a reader asks for
 * it. Loaded on intent by SearchOpener, so pages carry only the few lines that wire it up.
 */

import { INPUT_DEBOUNCE_MS, loadComponentUi, resultsElement } from './ui.ts';

export { loadComponentUi };

type PagefindModal = HTMLElement & { open(): void; readonly isOpen: boolean };
let modal: PagefindModal | undefined;

function createDialog(): PagefindModal {
  const dialog = document.createElement('pagefind-modal') as PagefindModal;
  const header = document.createElement('pagefind-modal-header');
  const input = document.createElement('pagefind-input');
  input.setAttribute('debounce', String(INPUT_DEBOUNCE_MS));
  header.append(input);
  const body = document.createElement('pagefind-modal-body');
  body.append(document.createElement('pagefind-summary'), resultsElement());
  const footer = document.createElement('pagefind-modal-footer');
  footer.append(document.createElement('pagefind-keyboard-hints'));
  dialog.append(header, body, footer);
  // Keep Tab inside the dialog: wrap from the last control to the first and back.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter(
      (el) => el.offsetParent !== null,
    );
    const edge = event.shiftKey ? controls[0] : controls.at(-1);
    if (document.activeElement === edge) {
      event.preventDefault();
      (event.shiftKey ? controls.at(-1) : controls[0])?.focus();
    }
  });
  return dialog;
}

/**
 * Pagefind counts its dialog as open until the dialog's "close" event runs, and ignores open()
 * until then; a keystroke can overtake that event on a busy page, so wait for it (briefly).
 */
function closeSettled(dialog: PagefindModal): Promise<unknown> {
  const element = dialog.querySelector('dialog');
  if (!dialog.isOpen || !element || element.open) return Promise.resolve();
  return Promise.race([
    new Promise((resolve) => element.addEventListener('close', resolve, { once: true })),
    new Promise((resolve) => setTimeout(resolve, 200)),
  ]);
}

/** Opens the dialog, loading Pagefind's Component UI and building the dialog the first time. */
export async function openSearchDialog(): Promise<void> {
  await loadComponentUi();
  if (!modal) {
    modal = createDialog();
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
  }
  await closeSettled(modal);
  modal.open();
}
