import { describe, expect, it } from 'vitest';
import {
  breakUnits,
  ellipsize,
  fitTitle,
  wrapLines,
} from '../../../src/lib/social-card/line-breaking.ts';

// A monospaced measure: every character is one unit wide.
const mono = (run: string) => [...run].length;

describe('breakUnits', () => {
  it('breaks Latin text after spaces and dashes, keeping the spaces with the word', () => {
    expect(breakUnits('Xiaomi’s second  start-up')).toEqual([
      'Xiaomi’s ',
      'second ',
      'start-',
      'up',
    ]);
  });

  it('breaks between Chinese characters but never before closing punctuation', () => {
    expect(breakUnits('我的梦想，我的选择')).toEqual([
      '我',
      '的',
      '梦',
      '想，',
      '我',
      '的',
      '选',
      '择',
    ]);
  });

  it('keeps opening punctuation with what follows', () => {
    expect(breakUnits('说「小米」')).toEqual(['说', '「小', '米」']);
  });
});

describe('wrapLines', () => {
  it('fills each line greedily without trailing spaces', () => {
    expect(wrapLines('a bb ccc dddd', 6, mono)).toEqual(['a bb', 'ccc', 'dddd']);
  });

  it('splits a word longer than a line by character', () => {
    expect(wrapLines('abcdefgh ij', 3, mono)).toEqual(['abc', 'def', 'gh', 'ij']);
  });

  it('wraps Chinese anywhere between characters', () => {
    expect(wrapLines('雷军创办小米', 4, mono)).toEqual(['雷军创办', '小米']);
  });
});

describe('ellipsize', () => {
  it('leaves a line that fits and cuts one that does not, ending in an ellipsis', () => {
    expect(ellipsize('short', 10, mono)).toBe('short');
    expect(ellipsize('a rather long line', 8, mono)).toBe('a rathe…');
  });
});

describe('fitTitle', () => {
  const measure = (run: string, size: number) => [...run].length * size;

  it('uses the largest size at which the title fits', () => {
    const fit = fitTitle('one two three', 400, 200, 1, [100, 50, 20], measure);
    expect(fit.size).toBe(50);
    expect(fit.lines).toEqual(['one two', 'three']);
  });

  it('at the smallest size, keeps the lines that fit and ends the last one in an ellipsis', () => {
    const fit = fitTitle('aaaa bbbb cccc dddd eeee', 100, 40, 1, [20], measure);
    expect(fit.lines).toEqual(['aaaa', 'bbbb…']);
    for (const line of fit.lines) expect(measure(line, fit.size)).toBeLessThanOrEqual(100);
  });
});
