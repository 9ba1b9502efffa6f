import type { Element, Root } from 'hast';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import { visit } from 'unist-util-visit';

const ANCHORED = new Set(['h2', 'h3', 'h4']);

/**
 * A "#" link after every h2–h4 that has an id, at build time (rehype-autolink-headings): readers
 * can copy a link to a section without any JavaScript. Screen readers hear the heading's own text
 * as the link's name; the "#" is decoration and stays out of search excerpts. The footnotes
 * heading that remark-gfm adds is left alone.
 */
export const rehypeHeadingAnchors: [typeof rehypeAutolinkHeadings, Options] = [
  rehypeAutolinkHeadings,
  {
    behavior: 'append',
    test: (node: Element) => ANCHORED.has(node.tagName) && node.properties.id !== 'footnote-label',
    // href first, so the attributes come out in the order we have always published.
    properties: (node: Readonly<Element>) => ({
      className: ['heading-anchor'],
      href: `#${String(node.properties.id)}`,
      ariaLabelledBy: [String(node.properties.id)],
      dataPagefindIgnore: '',
    }),
    content: {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
  },
];

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
