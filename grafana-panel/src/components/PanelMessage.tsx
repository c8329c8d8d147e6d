import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import React from 'react';
import type { OptionProblem } from '../data/problem';
import { t } from '../i18n/t';

interface Props {
  problem: OptionProblem;
  /** A button that applies the fix, e.g. "Show as Tree". */
  fix?: { label: string; apply: () => void };
}

/** The one clear message shown instead of a chart: what is wrong, where to fix it, what was expected and found. */
export function PanelMessage({ problem, fix }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.box} role="status" data-testid="aligned-message">
      <div className={styles.title}>{problem.title}</div>
      {problem.option && (
        <div>
          <span className={styles.key}>{t('message.option', 'Option')}</span> {problem.option}
        </div>
      )}
      {problem.expected && (
        <div>
          <span className={styles.key}>{t('message.expected', 'Expected')}</span> {problem.expected}
        </div>
      )}
      {problem.found && (
        <div>
          <span className={styles.key}>{t('message.found', 'Found')}</span> {problem.found}
        </div>
      )}
      <div className={styles.action}>{problem.action}</div>
      {fix && (
        <div>
          <Button size="sm" variant="secondary" onClick={fix.apply}>
            {fix.label}
          </Button>
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({
    height: '100%',
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(1),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  title: css({ color: theme.colors.text.primary, fontSize: theme.typography.body.fontSize, fontWeight: theme.typography.fontWeightMedium }),
  key: css({ color: theme.colors.text.primary, fontWeight: theme.typography.fontWeightMedium }),
  action: css({ color: theme.colors.text.primary }),
});
