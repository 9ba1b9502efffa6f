import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Adds a "#" link after every h2–h4 that has an id, at build time: readers can copy a link to a
 * section without any JavaScript. Screen readers hear the heading's own text as the link's name.
 * The footnotes heading that remark-gfm adds is left alone.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (!HEADINGS.has(node.tagName) || typeof id !== 'string' || id === 'footnote-label') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          // Named by its heading; the "#" itself is decoration, and stays out of search excerpts.
          ariaLabelledBy: [id],
          dataPagefindIgnore: '',
        },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
        ],
      });
    });
  };
}

/**
 * GFM table alignment arrives as the obsolete `align` attribute; a class keeps the HTML valid and
 * needs no inline style (which the Content-Security-Policy would block).
 */
export function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName !== 'td' && node.tagName !== 'th') || !node.properties?.align) return;
      const align = String(node.properties.align);
      delete node.properties.align;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes.map(String), `align-${align}`];
    });
  };
}

/** GFM task-list checkboxes are display-only; give each a name that says its state. */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'input' || node.properties?.type !== 'checkbox') return;
      node.properties.ariaLabel = node.properties.checked ? 'Ticked' : 'Not ticked';
    });
  };
}
