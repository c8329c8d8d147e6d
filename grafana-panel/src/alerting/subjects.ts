import type { PanelKeyResult } from '../data/model';
import type { BulletItem } from '../modes/bullets/bulletItem';
import type { AlertSubject } from './ruleSpec';

/** An overlay key result (one numeric series) as a rule subject; its query is its frame's. */
export function subjectFromKeyResult(kr: PanelKeyResult, refId: string): AlertSubject {
  return {
    id: `${refId}/${kr.name}`,
    title: kr.name,
    owner: '',
    kind: kr.kind,
    target: kr.target,
    low: kr.low,
    high: kr.high,
    reducer: kr.reducer,
    refId,
    statusLabel: kr.status.label,
    explain: [kr.status.explain, kr.progress.explain].filter(Boolean).join(' '),
    periodMs: kr.period.to - kr.period.from,
  };
}

/** A bullet drawn from a series ("frame:field" id); bullets from OKR rows have no query of their own. */
export function subjectFromBullet(item: BulletItem, refId: string, reducer: string, periodMs: number | null): AlertSubject {
  return {
    id: `${refId}/${item.title}`,
    title: item.title,
    owner: item.owner,
    kind: item.kind,
    target: item.target,
    low: item.low,
    high: item.high,
    reducer,
    refId,
    statusLabel: item.status.label,
    explain: item.explain,
    periodMs,
  };
}
