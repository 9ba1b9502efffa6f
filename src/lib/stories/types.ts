/** What the site's logic needs to know about an article, free of Astro types so it can be unit-tested. */
export interface ArticleMeta {
  slug: string;
  /** Path of the source file, for error messages. */
  file: string;
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date;
  author: string;
  series?: string;
  part?: number;
  topics: string[];
  readAlso: string[];
  draft: boolean;
  /** An editor's pick for the front page's lead. */
  featured?: boolean;
  /** The years the story covers, e.g. "1987–2007". */
  years?: string;
}
