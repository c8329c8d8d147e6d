import React, { useId, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import type { Problem } from '@aligned/core';
import { t } from '../../i18n/t';
import { coreText } from '../../i18n/coreText';

interface Props {
  problems: readonly Problem[];
  /** Open on first render (e.g. when nothing else could be drawn). */
  defaultOpen?: boolean;
}

/**
 * "N problems" with a list that opens on demand: each entry says where (row, column) and what.
 * The good rows still render below; this only tells the author what to fix in the source.
 */
export function ProblemsList({ problems, defaultOpen = false }: Props) {
  const styles = useStyles2(getStyles);
  const [open, setOpen] = useState(defaultOpen);
  const listId = useId();
  if (problems.length === 0) {
    return null;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const label = t('tree.problems.count', '', {
    count: problems.length,
    defaultValue_one: '{{count}} problem',
    defaultValue_other: '{{count}} problems',
  });
  return (
    <div className={styles.wrapper}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name={open ? 'angle-down' : 'angle-right'} aria-hidden />
        <Icon name="exclamation-triangle" className={errors > 0 ? styles.error : styles.warning} aria-hidden />
        <span>{label}</span>
        <span className={styles.hint}>{summary(errors, problems.length - errors)}</span>
      </button>
      {open && (
        <ul id={listId} className={styles.list} aria-label={t('tree.problems.aria', 'Problems in the OKR rows')}>
          {problems.map((p, i) => (
            <li key={i} className={styles.item}>
              <span className={p.severity === 'error' ? styles.error : styles.warning}>
                {p.severity === 'error' ? t('tree.problems.error', 'Error') : t('tree.problems.warning', 'Warning')}
              </span>{' '}
              <span className={styles.where}>{where(p)}</span> {withoutWhere(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function summary(errors: number, warnings: number): string {
  const parts: string[] = [];
  if (errors > 0) {
    parts.push(t('tree.problems.errors', '', { count: errors, defaultValue_one: '{{count}} error', defaultValue_other: '{{count}} errors' }));
  }
  if (warnings > 0) {
    parts.push(t('tree.problems.warnings', '', { count: warnings, defaultValue_one: '{{count}} warning', defaultValue_other: '{{count}} warnings' }));
  }
  return t('tree.problems.summary', '({{parts}}; the other rows are shown)', { parts: parts.join(', '), interpolation: { escapeValue: false } });
}

/** "Row 4, column Parent:" (what the author looks for in the source). */
export function where(p: Problem): string {
  const parts: string[] = [];
  if (p.row !== undefined) {
    parts.push(t('tree.problems.row', 'Row {{row}}', { row: p.row }));
  }
  if (p.column) {
    parts.push(t('tree.problems.column', 'column {{column}}', { column: p.column, interpolation: { escapeValue: false } }));
  }
  return parts.length > 0 ? `${parts.join(', ')}:` : '';
}

/** The core's messages often begin with the same "Row 4, column Parent:": print it once. */
function withoutWhere(p: Problem): string {
  const prefix = where(p);
  const message = coreText().explain(p);
  return prefix !== '' && message.startsWith(prefix) ? message.slice(prefix.length).trimStart() : message;
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    marginBottom: theme.spacing(0.5),
    flexShrink: 0,
  }),
  toggle: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    background: 'none',
    border: 'none',
    color: theme.colors.text.primary,
    padding: theme.spacing(0.25, 0),
    cursor: 'pointer',
    fontSize: theme.typography.bodySmall.fontSize,
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  hint: css({ color: theme.colors.text.secondary }),
  list: css({
    listStyle: 'none',
    margin: 0,
    padding: theme.spacing(0, 0, 0.5, 2.5),
    maxHeight: 160,
    overflowY: 'auto',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  item: css({ padding: theme.spacing(0.25, 0) }),
  where: css({ fontWeight: theme.typography.fontWeightMedium }),
  error: css({ color: theme.colors.error.text }),
  warning: css({ color: theme.colors.warning.text }),
});
