import { describe, expect, it } from 'vitest';
import { aggregate, parseAggregation, ratio } from '@aligned/core/aggregate/index';
import { ValueError } from '@aligned/core/values/index';

const window = { from: 100, to: 200, label: 'test' };
const times = [50, 100, 120, 150, 150, 199, 200, NaN];
const values = [1000, 5, null, 7, 3, NaN, 9, 11];
const users = ['a', 'b', 'b', 'c', null, 'a', 'z', 'q'];

describe('aggregate', () => {
  it('counts samples in [from, to)', () => expect(aggregate(times, values, 'count', window)).toBe(5));
  it('distinct keys, or distinct values without keys', () => {
    expect(aggregate(times, values, 'distinct', window, users)).toBe(3);
    expect(aggregate(times, values, 'distinct', window)).toBe(3);
  });
  it('sum, avg, min, max over present values', () => {
    expect(aggregate(times, values, 'sum', window)).toBe(15);
    expect(aggregate(times, values, 'avg', window)).toBe(5);
    expect(aggregate(times, values, 'min', window)).toBe(3);
    expect(aggregate(times, values, 'max', window)).toBe(7);
  });
  it('first and last by time, ties to the later row for last', () => {
    expect(aggregate(times, values, 'first', window)).toBe(5);
    expect(aggregate(times, values, 'last', window)).toBe(3);
    expect(aggregate([190, 110], [1, 2], 'first', window)).toBe(2);
  });
  it('empty window: count and sum are a real 0, the rest null', () => {
    const empty = { from: 1000, to: 2000, label: 'none' };
    expect(aggregate(times, values, 'count', empty)).toBe(0);
    expect(aggregate(times, values, 'sum', empty)).toBe(0);
    expect(aggregate(times, values, 'distinct', empty)).toBe(0);
    for (const agg of ['avg', 'min', 'max', 'first', 'last']) expect(aggregate(times, values, agg, empty)).toBeNull();
  });
  it('accepts typed arrays and aliases', () => {
    expect(aggregate(Float64Array.from([100, 150]), Float64Array.from([2, 4]), 'Average', window)).toBe(3);
    expect(parseAggregation('Count distinct')).toBe('distinct');
    expect(parseAggregation(' SUM ')).toBe('sum');
  });
  it('refuses unknown aggregations and mismatched columns', () => {
    expect(() => aggregate(times, values, 'median', window)).toThrow(ValueError);
    expect(() => aggregate(times, values, 'median', window)).toThrow(/count, distinct, sum, avg, min, max, first, last/);
    expect(() => aggregate([1, 2], [1], 'sum', window)).toThrow(/same length/);
  });
});

describe('ratio', () => {
  it('a ÷ b, null for ÷ 0 or missing', () => {
    expect(ratio(30, 4)).toBe(7.5);
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, NaN)).toBeNull();
  });
});
