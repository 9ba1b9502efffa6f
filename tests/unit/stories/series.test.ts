import { describe, expect, it } from 'vitest';
import {
  adjacentParts,
  partLabel,
  seriesIndex,
  seriesPartLabel,
  seriesParts,
} from '../../../src/lib/stories/series.ts';
import { article } from '../helpers.ts';

const parts = [
  article({ slug: 'three', series: 's', part: 3 }),
  article({ slug: 'one', series: 's', part: 1 }),
  article({ slug: 'two', series: 's', part: 2 }),
  article({ slug: 'draft', series: 's', part: 4, draft: true }),
  article({ slug: 'other', series: 'x', part: 1 }),
  article({ slug: 'alone' }),
];

describe('seriesParts', () => {
  it('returns the published parts of one series in part order', () => {
    expect(seriesParts(parts, 's').map((a) => a.slug)).toEqual(['one', 'two', 'three']);
  });
  it('is empty for an unknown series', () => {
    expect(seriesParts(parts, 'nope')).toEqual([]);
  });
});

describe('partLabel', () => {
  it('says which part of how many', () => {
    expect(partLabel(2, 7)).toBe('Part 2 of 7');
  });
});

describe('adjacentParts', () => {
  const find = (slug: string) => parts.find((p) => p.slug === slug)!;
  it('links the middle part both ways', () => {
    const { prev, next } = adjacentParts(parts, find('two'));
    expect(prev?.slug).toBe('one');
    expect(next?.slug).toBe('three');
  });
  it('gives the first part no previous and the last no next (drafts are not parts)', () => {
    expect(adjacentParts(parts, find('one')).prev).toBeUndefined();
    expect(adjacentParts(parts, find('three')).next).toBeUndefined();
  });
  it('gives a standalone article no neighbours', () => {
    expect(adjacentParts(parts, find('alone'))).toEqual({});
  });
});

describe('seriesIndex', () => {
  const index = seriesIndex(parts, (id) => (id === 's' ? 'The Saga' : id));
  const find = (slug: string) => parts.find((p) => p.slug === slug)!;
  it('groups and orders the published parts of every series once', () => {
    expect(index.parts('s').map((a) => a.slug)).toEqual(['one', 'two', 'three']);
    expect(index.parts('x').map((a) => a.slug)).toEqual(['other']);
    expect(index.parts('nope')).toEqual([]);
  });
  it('names a part "Part N of M · Title", and nothing for a standalone', () => {
    expect(index.label(find('two'))).toBe('Part 2 of 3 · The Saga');
    expect(seriesPartLabel(1, 7, 'The Xiaomi Story')).toBe('Part 1 of 7 · The Xiaomi Story');
    expect(index.label(find('alone'))).toBeUndefined();
  });
  it('gives the same neighbours as adjacentParts', () => {
    for (const slug of ['one', 'two', 'three', 'alone']) {
      expect(index.neighbours(find(slug))).toEqual(adjacentParts(parts, find(slug)));
    }
  });
});
