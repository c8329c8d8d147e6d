import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import React from 'react';
import { formatPercent } from '@aligned/core';
import { AlertRuleLink } from '../alerting/AlertRuleLink';
import { subjectFromKeyResult } from '../alerting/subjects';
import type { PanelKeyResult } from '../data/model';
import { valueFormatter } from '../data/valueFormatter';
import { statusColor } from '../theme/statusColors';
import { ScoreLabel } from './ScoreLabel';
import { StaleNote } from './StaleNote';
import { coreText } from '../i18n/coreText';
import { t } from '../i18n/t';

interface Props {
  kr: PanelKeyResult;
  /** The series colour, so the header row matches its line. */
  color?: string;
  showChange: boolean;
  /** Tiny panels show only progress and status. */
  compact?: boolean;
}

/**
 * One key result's figures: progress, the score graded at the period's end (in its band colour), status as text and colour,
 * and the change against the previous period. Each figure's tooltip is the core's explanation.
 */
export function KeyResultHeader({ kr, color, showChange, compact }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const progressText = formatPercent(kr.progress.progress);
  const statusTitle = [kr.status.explain, kr.expected !== null ? kr.expectedExplain + '.' : ''].filter(Boolean).join(' ');
  const formatValue = valueFormatter(kr.field, kr.reducer);
  const currentTitle = t('header.current-title', '{{reducer}} over {{period}}: {{value}}', {
    reducer: kr.reducerName,
    period: kr.period.label.toLowerCase(),
    value: formatValue(kr.current),
    interpolation: { escapeValue: false },
  });
  return (
    <div className={styles.row} data-testid="aligned-header" aria-label={t('header.aria', '{{name}}: {{progress}}, {{status}}', { name: kr.name, progress: progressText, status: kr.status.label, interpolation: { escapeValue: false } })}>
      {!compact && (
        <span className={styles.name} title={currentTitle}>
          {color && <span className={styles.swatch} style={{ background: color }} aria-hidden="true" />}
          {kr.name}
        </span>
      )}
      <span className={styles.progress} title={coreText().explain(kr.progress)} data-testid="aligned-progress">
        {progressText}
      </span>
      <span className={styles.status} title={statusTitle} data-testid="aligned-status">
        <span className={styles.dot} style={{ background: statusColor(theme, kr.status.code) }} aria-hidden="true" />
        {kr.status.label}
      </span>
      {!compact && <StaleNote kr={kr} />}
      {!compact && kr.grade.score !== null && <ScoreLabel className={styles.score} grade={kr.grade} status={kr.status} prefix={t('header.score-prefix', 'Score ')} />}
      {!compact && showChange && kr.change !== null && kr.previous && (
        <span
          className={styles.change}
          title={t('header.change-title', '{{now}} now against {{previous}} over the previous period of the same length', {
            now: formatValue(kr.current),
            previous: formatValue(kr.previous.current),
            interpolation: { escapeValue: false },
          })}
          data-testid="aligned-change"
        >
          {changeMark(kr.change)}
          {t('header.change', '{{value}} vs previous', { value: formatValue(Math.abs(kr.change)), interpolation: { escapeValue: false } })}
        </span>
      )}
      {!compact && <AlertRuleLink frameIndex={kr.frameIndex} subject={(refId) => subjectFromKeyResult(kr, refId)} />}
    </div>
  );
}

/** The direction of a change as a sign (a symbol, no word to translate). */
function changeMark(change: number): string {
  if (change > 0) return '▲ +';
  return change < 0 ? '▼ −' : '■ ';
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    columnGap: theme.spacing(1.5),
    rowGap: 0,
    fontSize: theme.typography.bodySmall.fontSize,
    lineHeight: 1.6,
    minWidth: 0,
  }),
  name: css({
    color: theme.colors.text.primary,
    fontWeight: theme.typography.fontWeightMedium,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '40%',
  }),
  swatch: css({ display: 'inline-block', width: 10, height: 3, marginRight: theme.spacing(0.75), verticalAlign: 'middle' }),
  progress: css({ fontSize: theme.typography.h4.fontSize, fontWeight: theme.typography.fontWeightMedium, color: theme.colors.text.primary }),
  status: css({ color: theme.colors.text.primary, whiteSpace: 'nowrap' }),
  dot: css({ display: 'inline-block', width: 8, height: 8, borderRadius: '50%', marginRight: theme.spacing(0.5) }),
  score: css({ fontWeight: theme.typography.fontWeightMedium, whiteSpace: 'nowrap' }),
  change: css({ color: theme.colors.text.secondary, whiteSpace: 'nowrap' }),
});
