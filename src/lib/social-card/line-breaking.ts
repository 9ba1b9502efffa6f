/** Line breaking for social cards: pure, given a function that measures a run of text. */

/** Han, kana and fullwidth forms: a line may break between any two of these. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;
/** Characters that never start a line (closing punctuation, Latin and CJK). */
const NO_LINE_START = new Set([...',.;:!?)]}’”…、。，．：；！？）」』】〉》']);
/** Characters that never end a line (opening punctuation). */
const NO_LINE_END = new Set([...'([{‘“（「『【〈《']);

/**
 * Splits text into the pieces a line can be broken between: a word with the spaces after it, a
 * run that ends in a dash or hyphen, or one CJK character (kept with punctuation around it).
 */
export function breakUnits(text: string): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const units: string[] = [];
  let current = '';
  chars.forEach((char, i) => {
    current += char;
    const next = chars[i + 1];
    if (next === undefined) return;
    const canBreak =
      (char === ' ' && next !== ' ') ||
      (/[-–—]/.test(char) && next !== ' ') ||
      ((CJK.test(char) || CJK.test(next)) && next !== ' ' && char !== ' ');
    if (canBreak && !NO_LINE_START.has(next) && !NO_LINE_END.has(char)) {
      units.push(current);
      current = '';
    }
  });
  if (current) units.push(current);
  return units;
}

/**
 * Greedy line filling: as many units as fit in `width`, measured without trailing spaces. A unit
 * wider than a whole line is split by character.
 */
export function wrapLines(text: string, width: number, measure: (run: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (unit: string) => {
    const candidate = line + unit;
    if (!line || measure(candidate.trimEnd()) <= width) {
      line = candidate;
      return;
    }
    lines.push(line.trimEnd());
    line = unit;
  };
  for (const unit of breakUnits(text)) {
    if (measure(unit.trimEnd()) <= width) {
      push(unit);
      continue;
    }
    for (const char of unit) {
      if (line && measure((line + char).trimEnd()) > width) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += char;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Cuts a line so that it and a closing ellipsis fit in `width`. */
export function ellipsize(line: string, width: number, measure: (run: string) => number): string {
  if (measure(line) <= width) return line;
  const chars = [...line];
  while (chars.length > 0 && measure(`${chars.join('').trimEnd()}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export interface TitleFit {
  size: number;
  lines: string[];
}

/**
 * The largest of `sizes` (largest first) at which the wrapped title fits in `maxHeight`; at the
 * smallest size, the lines that fit, the last one ending in an ellipsis.
 */
export function fitTitle(
  title: string,
  width: number,
  maxHeight: number,
  lineHeight: number,
  sizes: readonly number[],
  measure: (run: string, size: number) => number,
): TitleFit {
  for (const size of sizes) {
    const lines = wrapLines(title, width, (run) => measure(run, size));
    if (lines.length * size * lineHeight <= maxHeight) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const measureAt = (run: string) => measure(run, size);
  const max = Math.max(1, Math.floor(maxHeight / (size * lineHeight)));
  const lines = wrapLines(title, width, measureAt);
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(`${kept[max - 1]} ${lines.slice(max).join(' ')}`, width, measureAt);
  return { size, lines: kept };
}
