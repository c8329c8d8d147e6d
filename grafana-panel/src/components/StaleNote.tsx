import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import React from 'react';
import { staleness } from '@aligned/core';
import type { PanelKeyResult } from '../data/model';
import { coreText } from '../i18n/coreText';
import { t } from '../i18n/t';

/**
 * "updated 12 days ago" beside the status when the series has had no sample for longer than
 * the default check-in cadence (the core's stale signal): the status stays, this only says how
 * old its figure is.
 */
export function StaleNote({ kr }: { kr: PanelKeyResult }) {
  const styles = useStyles2(getStyles);
  let last: number | null = null;
  if (kr.times) for (let i = kr.times.length - 1; i >= 0 && last === null; i--) if (kr.values[i] !== null) last = kr.times[i];
  const s = staleness(last, kr.now, null, kr.period.from);
  if (!s.stale || kr.now > kr.period.to) return null;
  const when =
    s.lastUpdate === null
      ? t('stale.no-sample', 'no sample in this period')
      : t('stale.last-sample', 'last sample {{day}}', { day: new Date(s.lastUpdate).toISOString().slice(0, 10) });
  const title = t('stale.title', '', {
    when,
    count: s.cadenceDays,
    defaultValue_one: 'Stale: {{when}}, expected at least every day.',
    defaultValue_other: 'Stale: {{when}}, expected at least every {{count}} days.',
    interpolation: { escapeValue: false },
  });
  return (
    <span className={styles.stale} title={title} data-testid="aligned-stale">
      {coreText().explain({ i18n: s.i18n, explain: s.text })}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  stale: css({ color: theme.colors.warning.text, whiteSpace: 'nowrap' }),
});
