import { describe, expect, it } from 'vitest';
import { COLUMNS, HEADER_ALIASES, columnForHeader, matchKind, matchLevel, matchType, normalizeHeader } from '@aligned/core/schema/index';

describe('header aliases', () => {
  it('maps every canonical column to itself', () => {
    for (const column of COLUMNS) expect(columnForHeader(column)).toBe(column);
    for (const column of COLUMNS) expect(columnForHeader(`  ${column.toUpperCase()} `)).toBe(column);
  });

  it.each([
    ['Goal', 'Target'],
    ['Target value', 'Target'],
    ['Actual', 'Current'],
    ['Value', 'Current'],
    ['Current value', 'Current'],
    ['Start value', 'Baseline'],
    ['Starting value', 'Baseline'],
    ['Base', 'Baseline'],
    ['Due', 'End'],
    ['Due date', 'End'],
    ['End date', 'End'],
    ['Deadline', 'End'],
    ['Start date', 'Start'],
    ['From', 'Start'],
    ['Parent ID', 'Parent'],
    ['Parent Id', 'Parent'],
    ['parent_id', 'Parent'],
    ['Aligns to', 'Parent'],
    ['Name', 'Title'],
    ['Objective', 'Title'],
    ['Key result', 'Title'],
    ['Assignee', 'Owner'],
    ['Responsible', 'Owner'],
    ['Role', 'Owner'],
    ['Metric type', 'Kind'],
    ['Direction', 'Kind'],
    ['Min', 'Low'],
    ['Floor', 'Low'],
    ['Break even', 'Low'],
    ['Break-even', 'Low'],
    ['Max', 'High'],
    ['Ceiling', 'High'],
    ['Confidence %', 'Confidence'],
    ['CONFIDENCE (%)', 'Confidence'],
  ])('"%s" → %s', (header, column) => {
    expect(columnForHeader(header)).toBe(column);
  });

  it('returns null for headers outside the schema', () => {
    expect(columnForHeader('Notes')).toBeNull();
    expect(columnForHeader('')).toBeNull();
    expect(columnForHeader(null)).toBeNull();
  });

  it('only maps to canonical columns', () => {
    for (const column of Object.values(HEADER_ALIASES)) expect(COLUMNS).toContain(column);
    expect(normalizeHeader(' Parent-ID ')).toBe('parentid');
  });
});

describe('lenient words', () => {
  it.each([
    ['Key Result', 'key_result'],
    ['KR', 'key_result'],
    ['key_result', 'key_result'],
    ['Objective', 'objective'],
    ['Task', 'initiative'],
    ['KPI', 'kpi'],
  ])('type "%s" → %s', (text, type) => expect(matchType(text)).toBe(type));

  it.each([
    ['Quarterly', 'quarterly'],
    ['Q', 'quarterly'],
    ['quarter', 'quarterly'],
    ['Annual', 'annual'],
    ['monthly', 'monthly'],
    ['Week', 'weekly'],
    ['Mission', 'mission'],
    ['Pillar', 'pillar'],
    ['task', 'task'],
  ])('level "%s" → %s', (text, level) => expect(matchLevel(text)).toBe(level));

  it.each([
    ['positive', 'increase'],
    ['up', 'increase'],
    ['negative', 'decrease'],
    ['down', 'decrease'],
    ['threshold', 'above'],
    ['at least', 'above'],
    ['≥', 'above'],
    ['at most', 'below'],
    ['<=', 'below'],
    ['baseline', 'track'],
    ['binary', 'milestone'],
    ['done', 'milestone'],
    ['Range', 'range'],
  ])('kind "%s" → %s', (text, kind) => expect(matchKind(text)).toBe(kind));

  it('returns null for unknown words', () => {
    expect(matchKind('sideways')).toBeNull();
    expect(matchLevel('decade')).toBeNull();
    expect(matchType('idea')).toBeNull();
  });
});
