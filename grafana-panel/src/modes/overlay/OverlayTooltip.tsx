import { css } from '@emotion/css';
import { dateTimeFormat } from '@grafana/data';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import React from 'react';
import type uPlot from 'uplot';
import type { PanelKeyResult } from '../../data/model';
import { valueFormatter } from '../../data/valueFormatter';
import { seriesLabel } from './seriesLabel';
import { coreText } from '../../i18n/coreText';

interface Props {
  u: uPlot;
  dataIdxs: Array<number | null>;
  keyResults: PanelKeyResult[];
  colors: Record<string, string>;
}

/** Hover tooltip: the time, each series' drawn value (the running total for a cumulative reducer), and each key result's progress with the core's explanation. */
export function OverlayTooltip({ u, dataIdxs, keyResults, colors }: Props) {
  const styles = useStyles2(getStyles);
  const xIdx = dataIdxs.find((i) => i !== null) ?? null;
  const time = xIdx !== null ? (u.data[0][xIdx] as number) : null;
  return (
    <div className={styles.box} data-testid="aligned-tooltip">
      {time !== null && <div className={styles.time}>{dateTimeFormat(time)}</div>}
      {keyResults.map((kr, k) => {
        const idx = dataIdxs[k + 1];
        const raw = idx === null || idx === undefined ? null : (u.data[k + 1][idx] as number | null | undefined);
        const value = typeof raw === 'number' ? valueFormatter(kr.field, kr.reducer)(raw) : '—';
        return (
          <div key={kr.id} className={styles.row}>
            <span className={styles.swatch} style={{ background: colors[kr.id] }} aria-hidden="true" />
            <span className={styles.name}>{seriesLabel(kr)}</span>
            <span className={styles.value}>{value}</span>
            <div className={styles.explain}>
              {kr.status.label}: {coreText().explain(kr.progress)}
            </div>
          </div>
        );
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ padding: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize, maxWidth: 360 }),
  time: css({ color: theme.colors.text.secondary, marginBottom: theme.spacing(0.5) }),
  row: css({ marginBottom: theme.spacing(0.5) }),
  swatch: css({ display: 'inline-block', width: 10, height: 3, marginRight: theme.spacing(0.75), verticalAlign: 'middle' }),
  name: css({ color: theme.colors.text.primary }),
  value: css({ float: 'right', marginLeft: theme.spacing(2), fontWeight: theme.typography.fontWeightMedium }),
  explain: css({ color: theme.colors.text.secondary }),
});
