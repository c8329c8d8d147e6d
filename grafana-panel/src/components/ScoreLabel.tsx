import React from 'react';
import { useTheme2 } from '@grafana/ui';
import type { Grade, StatusCode } from '@aligned/core';
import { coreText } from '../i18n/coreText';
import { NoteMark } from './NoteMark';
import { scoreBandColor } from '../theme/statusColors';
import { t } from '../i18n/t';

interface Props {
  grade: Grade;
  status: { code: StatusCode; label: string };
  className?: string;
  /** Text before the figure, e.g. "Score " in the overlay header (already translated). */
  prefix?: string;
}

/**
 * A score as every view shows it: the core's label ("0.9 projected" mid-period, the final
 * "0.7" after the end, "—" without data) in the colour of its band. The tooltip is the
 * core's explanation and, when status and score seem to disagree, why (marked with a circled i).
 */
export function ScoreLabel({ grade, status, className, prefix = '' }: Props) {
  const theme = useTheme2();
  const words = coreText();
  const note = words.gradeNote(status, grade);
  const explanation = words.explain(grade);
  const label = words.grade(grade);
  const title = note ? `${explanation} ${note}` : explanation;
  return (
    <span
      className={className}
      style={{ color: scoreBandColor(theme, grade.band) }}
      title={title}
      aria-label={t('score.aria-label', 'Score {{label}}. {{title}}', { label, title, interpolation: { escapeValue: false } })}
      data-testid="aligned-score"
    >
      {prefix}
      {label}
      {note && <NoteMark />}
    </span>
  );
}
