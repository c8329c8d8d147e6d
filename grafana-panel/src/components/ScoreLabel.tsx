import React from 'react';
import { Icon, useTheme2 } from '@grafana/ui';
import { gradeNote, type Grade, type StatusCode } from '@aligned/core';
import { scoreBandColor } from '../theme/statusColors';

interface Props {
  grade: Grade;
  status: { code: StatusCode; label: string };
  className?: string;
  /** Text before the figure, e.g. "Score " in the overlay header. */
  prefix?: string;
}

/**
 * A score as every view shows it: the core's label ("0.9 projected" mid-period, the final
 * "0.7" after the end, "—" without data) in the colour of its band. The tooltip is the
 * core's explanation and, when status and score seem to disagree, why (marked with an icon).
 */
export function ScoreLabel({ grade, status, className, prefix = '' }: Props) {
  const theme = useTheme2();
  const note = gradeNote(status, grade);
  const title = note ? `${grade.explain} ${note}` : grade.explain;
  return (
    <span
      className={className}
      style={{ color: scoreBandColor(theme, grade.band) }}
      title={title}
      aria-label={`Score ${grade.label}. ${title}`}
      data-testid="aligned-score"
    >
      {prefix}
      {grade.label}
      {note && <Icon name="info-circle" size="xs" style={{ marginLeft: theme.spacing(0.25), verticalAlign: 'baseline' }} aria-hidden />}
    </span>
  );
}
