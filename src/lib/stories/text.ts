/** Text statistics of a Markdown body: words, reading time, the lead paragraph. */

/** Words in a Markdown body: front matter, code, URLs and markup don't count; each Han character does. */
export function wordCount(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text
    .replace(/\p{Script=Han}/gu, ' ')
    .match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu);
  return han + (words?.length ?? 0);
}

/**
 * Minutes to read, never less than one: 230 words a minute in English, 400 characters a minute
 * in Chinese (wordCount counts each Han character).
 */
export function readingMinutes(words: number, lang = 'en'): number {
  return Math.max(1, Math.round(words / (lang.startsWith('zh') ? 400 : 230)));
}

/** The first paragraph of a Markdown body as plain text, cut at a word boundary. */
export function leadParagraph(markdown: string, maxWords = 55): string {
  const paragraph =
    markdown
      .replace(/^---[\s\S]*?\n---/, '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p && !/^(#|\||>|[-*+] |\d+\. |!\[|<|```|\[\^)/.test(p)) ?? '';
  const text = paragraph
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Chinese has no spaces: where Han characters make most of the text, count about three of
  // them to an English word.
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han > text.length / 3) {
    const chars = [...text];
    return chars.length <= maxWords * 3 ? text : `${chars.slice(0, maxWords * 3).join('')}…`;
  }
  const words = text.split(' ');
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')}…`;
}
