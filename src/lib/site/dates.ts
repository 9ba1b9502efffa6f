/** Plain date helpers. Dates are calendar days, kept in UTC so a build anywhere prints the same day. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2021-02-29 and 2021-13-45 are not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

// One formatter per language for the whole build: creating one per call costs more than the
// formatting.
const longDates = new Map<string, Intl.DateTimeFormat>();

/** 2021-08-10 → "10 August 2021" (en-GB), "2021年8月10日" (zh-CN). */
export function formatDate(date: Date, locale = 'en-GB'): string {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longDates.set(locale, format);
  }
  return format.format(date);
}

/** The value of a `datetime` attribute: YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A span of years as editors write it: "2015", "2015–2018" (an en dash or a hyphen). */
export interface YearSpan {
  from: number;
  to: number;
}

const YEARS = /^(\d{4})(?:\s*[–-]\s*(\d{4}))?$/;

/** "1987–2007" → { from: 1987, to: 2007 }; undefined if it is not a span of years in order. */
export function parseYears(text: string): YearSpan | undefined {
  const match = YEARS.exec(text.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return to >= from ? { from, to } : undefined;
}

/** The span that covers every given span: "1987–2026", or "2021" for a single year. */
export function formatYears(spans: readonly YearSpan[]): string | undefined {
  if (spans.length === 0) return undefined;
  const from = Math.min(...spans.map((s) => s.from));
  const to = Math.max(...spans.map((s) => s.to));
  return from === to ? `${from}` : `${from}–${to}`;
}
