import { css } from '@emotion/css';
import { colorManipulator, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import React, { forwardRef } from 'react';
import { LEGEND } from './legendLayout';

/** What an item's sample shows: a series or target line, a dashed pace or forecast line, a shaded band. */
export type LegendSample = 'line' | 'dash' | 'area';

export interface LegendEntry {
  key: string;
  /** Text (series names are user text: rendered as text). */
  label: string;
  color: string;
  sample: LegendSample;
}

interface Props {
  items: LegendEntry[];
}

/**
 * The chart's legend: every line and shaded band named in text beside its colour, so no meaning
 * rests on colour alone. It looks like Grafana's read-only list legend, with a box model fixed in
 * legendLayout.ts, so its height is known before the page is laid out.
 */
export const OverlayLegend = forwardRef<HTMLUListElement, Props>(function OverlayLegend({ items }, ref) {
  const styles = useStyles2(getStyles);
  return (
    <ul className={styles.list} ref={ref} data-testid="aligned-legend">
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          <span className={styles.sample} style={sampleStyle(item)} aria-hidden="true" />
          <span className={styles.label}>{item.label}</span>
        </li>
      ))}
    </ul>
  );
});

function sampleStyle({ sample, color }: LegendEntry): React.CSSProperties {
  if (sample === 'dash') return { backgroundImage: `linear-gradient(to right, ${color} 60%, transparent 60%)`, backgroundSize: '6px 100%' };
  if (sample === 'area') return { height: 10, background: colorManipulator.alpha(color, 0.45) };
  return { background: color };
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: LEGEND.columnGapPx,
    rowGap: 0,
    margin: 0,
    padding: `${LEGEND.paddingYPx}px ${LEGEND.paddingXPx}px`,
    listStyle: 'none',
    fontFamily: theme.typography.fontFamily,
    fontSize: LEGEND.fontPx,
    fontWeight: theme.typography.fontWeightRegular,
    color: theme.colors.text.primary,
  }),
  item: css({
    display: 'flex',
    alignItems: 'center',
    gap: LEGEND.swatchGapPx,
    height: LEGEND.rowPx,
    lineHeight: `${LEGEND.rowPx}px`,
    whiteSpace: 'nowrap',
    minWidth: 0,
    maxWidth: '100%',
  }),
  sample: css({ flex: 'none', width: LEGEND.swatchPx, height: 4, borderRadius: theme.shape.radius.default }),
  label: css({ overflow: 'hidden', textOverflow: 'ellipsis' }),
});
