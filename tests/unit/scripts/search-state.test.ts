import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  MIN_PREFIX_LETTERS,
  readSearchState,
  searchableQuery,
  searchAsTyped,
  writeSearchState,
} from '../../../src/scripts/search/state.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown and empty parameters', () => {
    expect(
      readSearchState('?q=Sanse&series=The+Xiaomi+Story&topic=IPOs&topic=Xiaomi&utm=x&year='),
    ).toEqual({
      query: 'Sanse',
      filters: { series: ['The Xiaomi Story'], topic: ['IPOs', 'Xiaomi'] },
    });
  });
  it('caps a very long query', () => {
    expect(readSearchState(`?q=${'a'.repeat(10_000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('writes a state back so that reading it gives the same state', () => {
    const state = { query: '雷军 <b>', filters: { topic: ['Xiaomi', 'IPOs'], year: ['2026'] } };
    const search = writeSearchState(state);
    expect(search).toBe('?q=%E9%9B%B7%E5%86%9B+%3Cb%3E&topic=Xiaomi&topic=IPOs&year=2026');
    expect(readSearchState(search)).toEqual(state);
    expect(writeSearchState({ query: ' ', filters: {} })).toBe('');
  });
});

describe('searchableQuery', () => {
  it('keeps ordinary queries, in any script', () => {
    expect(searchableQuery('  storage   room ')).toBe('storage room');
    expect(searchableQuery('雷军')).toBe('雷军');
    expect(searchableQuery('184,600')).toBe('184,600');
  });
  it('drops markup, and gives nothing for punctuation or emoji alone', () => {
    expect(searchableQuery('<img src=x onerror=alert(1)>')).toBe('');
    expect(searchableQuery('<b>Sanse</b>')).toBe('Sanse');
    expect(searchableQuery('?!.,;:—()[]{}')).toBe('');
    expect(searchableQuery('🚗📱🔥')).toBe('');
  });
  it('caps a huge query', () => {
    expect(searchableQuery('word '.repeat(5_000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('searching as the reader types', () => {
  it('waits for three letters of the last word, which Pagefind matches as a prefix', () => {
    expect(searchAsTyped('pu')).toBe(false);
    expect(searchAsTyped('pum')).toBe(true);
    expect(searchAsTyped('Lei J')).toBe(false);
    expect(searchAsTyped('Lei Jun')).toBe(true);
    expect(MIN_PREFIX_LETTERS).toBe(3);
  });
  it('searches one Chinese character at once: it is a word', () => {
    expect(searchAsTyped('雷')).toBe(true);
    expect(searchAsTyped('小米')).toBe(true);
  });
});
