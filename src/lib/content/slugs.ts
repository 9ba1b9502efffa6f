/** URL slugs for content files. */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of an article file: its folder's name for a page bundle (`foo/index.md`), else its
 * file name (`foo.md`). Folders above that only organise files (`2026/foo/index.md` is `foo`).
 */
export function articleSlug(relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const name = (parts.pop() ?? '').replace(/\.(md|mdx)$/i, '');
  return name === 'index' ? (parts.pop() ?? name) : name;
}

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug);
}
