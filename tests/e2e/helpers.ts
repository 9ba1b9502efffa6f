import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard-only reader would; fails after `max`. */
export async function tabTo(
  page: Page,
  matches: (el: Element) => boolean,
  max = 150,
): Promise<void> {
  const source = matches.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((fn) => {
      const el = document.activeElement;
      // eslint-disable-next-line no-new-func
      return !!el && new Function(`return (${fn})`)()(el);
    }, source);
    if (found) return;
  }
  throw new Error(`no focusable element matched after ${max} presses of Tab`);
}

export async function expectArticle(page: Page, slug: string, title: RegExp): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/$`));
  await expect(page.locator('h1')).toHaveText(title);
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA violations axe finds on the page (or inside `include`), one line each. */
export async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
