import type { Level, NodeType } from '@aligned/core';
import { t } from '../../i18n/t';

// Functions, not tables: the words are looked up when drawn, in the user's language.
function levelLabel(level: Level): string {
  switch (level) {
    case 'mission':
      return t('tree.level.mission', 'Mission');
    case 'pillar':
      return t('tree.level.pillar', 'Pillar');
    case 'annual':
      return t('tree.level.annual', 'Annual');
    case 'quarterly':
      return t('tree.level.quarterly', 'Quarterly');
    case 'monthly':
      return t('tree.level.monthly', 'Monthly');
    case 'weekly':
      return t('tree.level.weekly', 'Weekly');
    default:
      return t('tree.level.task', 'Task');
  }
}

export function typeLabel(type: NodeType): string {
  switch (type) {
    case 'objective':
      return t('tree.type.objective', 'Objective');
    case 'key_result':
      return t('tree.type.key-result', 'Key result');
    case 'initiative':
      return t('tree.type.initiative', 'Initiative');
    default:
      return t('tree.type.kpi', 'KPI');
  }
}

/** The small tag before a title: "Quarterly · KR", "Mission", "KPI". */
export function nodeTag(level: Level | null, type: NodeType): string {
  const short = type === 'key_result' ? t('tree.type.kr', 'KR') : type === 'objective' ? '' : typeLabel(type);
  if (level === null) {
    return short || typeLabel(type);
  }
  return short ? `${levelLabel(level)} · ${short}` : levelLabel(level);
}
