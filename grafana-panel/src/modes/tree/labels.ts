import type { Level, NodeType } from '@aligned/core';

const LEVEL_LABELS: Record<Level, string> = {
  mission: 'Mission',
  pillar: 'Pillar',
  annual: 'Annual',
  quarterly: 'Quarterly',
  monthly: 'Monthly',
  weekly: 'Weekly',
  task: 'Task',
};

const TYPE_LABELS: Record<NodeType, string> = {
  objective: 'Objective',
  key_result: 'Key result',
  initiative: 'Initiative',
  kpi: 'KPI',
};

/** The small tag before a title: "Quarterly · KR", "Mission", "KPI". */
export function nodeTag(level: Level | null, type: NodeType): string {
  const short = type === 'key_result' ? 'KR' : type === 'objective' ? '' : TYPE_LABELS[type];
  if (level === null) {
    return short || TYPE_LABELS[type];
  }
  return short ? `${LEVEL_LABELS[level]} · ${short}` : LEVEL_LABELS[level];
}

export function typeLabel(type: NodeType): string {
  return TYPE_LABELS[type];
}
