/** The search page's use of Pagefind's Component UI instance, kept out of the code every page loads. */

/** The part of Pagefind's Component UI instance API that the search page drives. */
export interface PagefindInstance {
  /** The latest term asked for, searched or not yet. */
  readonly searchTerm: string;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', handler: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: 'results', handler: (results: { results: unknown[] }) => void): void;
  on(event: 'error', handler: (error: unknown) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name?: string): PagefindInstance };
    };
  }
}

/** The default instance, once loadComponentUi() has resolved. */
export function searchInstance(): PagefindInstance {
  const components = window.PagefindComponents;
  if (!components) throw new Error('search could not load');
  return components.getInstanceManager().getInstance('default');
}

/** Pagefind reports filters as { name: string[] } or richer shapes; keep the selected values only. */
export function selectedFilters(filters: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(filters ?? {})) {
    const values = Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];
    if (values.length > 0) out[key] = values;
  }
  return out;
}
