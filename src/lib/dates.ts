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

// One formatter for the whole build: creating one per call costs more than the formatting.
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 2021-08-10 → "10 August 2021". */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** The value of a `datetime` attribute: YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
