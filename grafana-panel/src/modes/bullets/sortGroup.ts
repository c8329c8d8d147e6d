import { statusRank } from '../tree/statusRank';
import type { BulletItem } from './bulletItem';
import type { BulletGroup, BulletSort } from './bulletsOptions';
import { t } from '../../i18n/t';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Stable sort; ties keep the source order. Missing progress sorts after every number. */
export function sortBullets(items: readonly BulletItem[], by: BulletSort): BulletItem[] {
  const byOrder = (a: BulletItem, b: BulletItem) => a.order - b.order;
  const byProgress = (a: BulletItem, b: BulletItem) => nullsLast(a.progress, b.progress);
  const compare: Record<BulletSort, (a: BulletItem, b: BulletItem) => number> = {
    source: byOrder,
    status: (a, b) => statusRank(a.status.code) - statusRank(b.status.code) || byProgress(a, b) || byOrder(a, b),
    progress: (a, b) => byProgress(a, b) || byOrder(a, b),
    name: (a, b) => collator.compare(a.title, b.title) || byOrder(a, b),
  };
  return [...items].sort(compare[by]);
}

export interface BulletGroupOf {
  key: string;
  /** Heading text ('' when not grouped). */
  label: string;
  items: BulletItem[];
}

/**
 * Groups in the order their first (sorted) member appears, so sorting by status also
 * brings the group with the worst key result to the top.
 */
export function groupBullets(items: readonly BulletItem[], by: BulletGroup): BulletGroupOf[] {
  if (by === 'none') {
    return [{ key: '', label: '', items: [...items] }];
  }
  const groups = new Map<string, BulletGroupOf>();
  for (const item of items) {
    const value = (by === 'objective' ? item.objective : item.owner).trim();
    const key = value.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { key, label: value || (by === 'objective' ? t('bullets.group.no-objective', 'No objective') : t('bullets.group.no-owner', 'No owner')), items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

function nullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? 1 : -1;
  }
  return a - b;
}
