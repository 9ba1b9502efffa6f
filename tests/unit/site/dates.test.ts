import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatYears,
  isCalendarDate,
  isoDay,
  parseYears,
} from '../../../src/lib/site/dates.ts';
import { licenseUrl } from '../../../src/lib/site/licenses.ts';
import { day } from '../helpers.ts';

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2021-13-45')).toBe(false);
    expect(isCalendarDate('10/08/2021')).toBe(false);
  });
  it('formats in UTC, so the day never shifts with the build machine', () => {
    expect(formatDate(day('2021-08-10'))).toBe('10 August 2021');
    expect(isoDay(day('2021-08-10'))).toBe('2021-08-10');
  });
});

describe('years a story covers', () => {
  it('reads a span or a single year, with an en dash, a hyphen or spaces', () => {
    expect(parseYears('1987–2007')).toEqual({ from: 1987, to: 2007 });
    expect(parseYears('2015 - 2018')).toEqual({ from: 2015, to: 2018 });
    expect(parseYears('2021')).toEqual({ from: 2021, to: 2021 });
  });

  it('rejects spans backwards or not made of years', () => {
    expect(parseYears('2007–1987')).toBeUndefined();
    expect(parseYears('the nineties')).toBeUndefined();
    expect(parseYears('87–07')).toBeUndefined();
  });

  it('joins spans into the span that covers them', () => {
    expect(
      formatYears([
        { from: 2015, to: 2018 },
        { from: 1987, to: 2007 },
      ]),
    ).toBe('1987–2018');
    expect(formatYears([{ from: 2021, to: 2021 }])).toBe('2021');
    expect(formatYears([])).toBeUndefined();
  });
});

describe('licenseUrl', () => {
  it('links known licences and prefers an explicit URL', () => {
    expect(licenseUrl('CC BY 4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenseUrl('Custom', 'https://example.com/l')).toBe('https://example.com/l');
    expect(licenseUrl('All rights reserved')).toBeUndefined();
  });
});
