import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Adds a "#" link after every h2–h4 that has an id, at build time: readers can copy a link to a
 * section without any JavaScript. Screen readers hear "Link to section: <heading>".
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
          ariaLabel: `Link to section: ${toString(node)}`,
          // Keep the "#" out of search excerpts.
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
