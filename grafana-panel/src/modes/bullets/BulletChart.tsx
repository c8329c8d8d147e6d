import React from 'react';
import { css } from '@emotion/css';
import { colorManipulator, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { BandTone, BulletGeometry } from './bulletGeometry';

interface Props {
  geometry: BulletGeometry;
  barColor: string;
  /** Spoken description: figures, bands and status in words. */
  label: string;
  height: number;
}

/**
 * The bullet itself, in plain positioned boxes (crisp at any width, no measuring):
 * bands behind, the bar for the current value, a solid marker for the target and a
 * dashed tick where the pace says the value should be today.
 */
export function BulletChart({ geometry, barColor, label, height }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const barHeight = Math.max(4, Math.round(height * 0.42));
  return (
    <div className={styles.chart} style={{ height }} role="img" aria-label={label}>
      {geometry.bands.map((band, i) => (
        <div
          key={i}
          className={styles.band}
          data-band={band.tone}
          style={{ left: `${band.from}%`, width: `${band.to - band.from}%`, background: bandColor(theme, band.tone, band.color) }}
        />
      ))}
      {geometry.bar && (
        <div
          className={styles.bar}
          data-part="bar"
          style={{
            left: `${geometry.bar.from}%`,
            width: `${Math.max(0.5, geometry.bar.to - geometry.bar.from)}%`,
            height: barHeight,
            top: (height - barHeight) / 2,
            background: barColor,
          }}
        />
      )}
      {geometry.pace !== null && <div className={styles.pace} data-part="pace" style={{ left: `${geometry.pace}%` }} />}
      {geometry.target !== null && (
        <div className={styles.target} data-part="target" style={{ left: `${geometry.target}%` }} />
      )}
    </div>
  );
}

/** Band colours: the status colours, faint, so the bar and markers stay the loudest things. */
export function bandColor(theme: GrafanaTheme2, tone: BandTone, thresholdColor?: string): string {
  const name = tone === 'bad' ? 'red' : tone === 'warn' ? 'orange' : tone === 'good' ? 'green' : thresholdColor ?? 'text';
  const base = name === 'text' ? theme.colors.text.secondary : theme.visualization.getColorByName(name);
  return colorManipulator.alpha(base, theme.isDark ? 0.22 : 0.18);
}

const getStyles = (theme: GrafanaTheme2) => ({
  chart: css({
    position: 'relative',
    width: '100%',
    background: theme.colors.background.secondary,
    borderRadius: theme.shape.radius.default,
    overflow: 'hidden',
  }),
  band: css({ position: 'absolute', top: 0, bottom: 0 }),
  bar: css({ position: 'absolute', borderRadius: theme.shape.radius.default }),
  target: css({
    position: 'absolute',
    top: '8%',
    bottom: '8%',
    width: 3,
    marginLeft: -1.5,
    background: theme.colors.text.primary,
  }),
  pace: css({
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: 0,
    marginLeft: -1,
    borderLeft: `2px dashed ${theme.colors.text.secondary}`,
  }),
});
