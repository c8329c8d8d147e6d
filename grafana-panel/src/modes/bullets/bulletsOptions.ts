import type { AlignedOptions } from '../../types';
import { readChoice, readFlag, readInteger, readText } from '../tree/readOption';

export type BulletSource = 'auto' | 'rows' | 'series';
export type BulletLayoutChoice = 'auto' | 'list' | 'grid';
export type BulletSort = 'status' | 'progress' | 'name' | 'source';
export type BulletGroup = 'none' | 'objective' | 'owner';
export type BulletBands = 'pace' | 'thresholds' | 'none';

/** Options of the bullets mode, stored under `options.bullets`. */
export interface BulletsOptions {
  /** OKR rows of a table query, one bullet per numeric series, or rows when there are some. */
  source: BulletSource;
  /** refId of the OKR query (rows source); empty = detect. */
  frame: string;
  /** Reducer for live values named in the Metric column (rows source). */
  reducer: string;
  layout: BulletLayoutChoice;
  /** Narrowest card in grid layout, px; sets the number of columns. */
  minCardWidth: number;
  sortBy: BulletSort;
  groupBy: BulletGroup;
  bands: BulletBands;
  showOwner: boolean;
  showScore: boolean;
}

export const BULLETS_DEFAULTS: BulletsOptions = {
  source: 'auto',
  frame: '',
  reducer: 'lastNotNull',
  layout: 'auto',
  minCardWidth: 260,
  sortBy: 'status',
  groupBy: 'none',
  bands: 'pace',
  showOwner: true,
  showScore: true,
};

export function readBulletsOptions(options: AlignedOptions): BulletsOptions {
  const raw = (options.bullets ?? {}) as Record<string, unknown>;
  const d = BULLETS_DEFAULTS;
  return {
    source: readChoice(raw.source, ['auto', 'rows', 'series'] as const, d.source),
    frame: readText(raw.frame, d.frame),
    reducer: readText(raw.reducer, d.reducer) || d.reducer,
    layout: readChoice(raw.layout, ['auto', 'list', 'grid'] as const, d.layout),
    minCardWidth: readInteger(raw.minCardWidth, d.minCardWidth, 160, 1200),
    sortBy: readChoice(raw.sortBy, ['status', 'progress', 'name', 'source'] as const, d.sortBy),
    groupBy: readChoice(raw.groupBy, ['none', 'objective', 'owner'] as const, d.groupBy),
    bands: readChoice(raw.bands, ['pace', 'thresholds', 'none'] as const, d.bands),
    showOwner: readFlag(raw.showOwner, d.showOwner),
    showScore: readFlag(raw.showScore, d.showScore),
  };
}
