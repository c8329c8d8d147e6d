import type { BulletLayoutChoice } from './bulletsOptions';

/** Row height of the list layout and card height of the grid, px: compact so 50 fit a scroll. */
export const LIST_ROW_HEIGHT = 34;
export const CARD_HEIGHT = 92;

export interface BulletLayout {
  kind: 'list' | 'grid';
  columns: number;
}

/**
 * List or grid for the panel's size. 'auto' picks a grid only when every card fits without
 * scrolling and there is room for at least two columns; otherwise compact list rows, which
 * stay readable at 50+ key results.
 */
export function chooseLayout(
  choice: BulletLayoutChoice,
  width: number,
  height: number,
  count: number,
  minCardWidth: number
): BulletLayout {
  const columns = Math.max(1, Math.min(Math.max(count, 1), Math.floor(width / Math.max(1, minCardWidth))));
  if (choice === 'list') {
    return { kind: 'list', columns: 1 };
  }
  if (choice === 'grid') {
    return { kind: 'grid', columns };
  }
  const fits = Math.ceil(count / columns) * CARD_HEIGHT <= height;
  return columns >= 2 && fits ? { kind: 'grid', columns } : { kind: 'list', columns: 1 };
}
