import type { GrafanaTheme2 } from '@grafana/data';
import type { ScoreBand, StatusCode } from '@aligned/core';

/** Grafana colour names (theme.visualization palette) for each status; the label always goes with it. */
const STATUS_COLOR_NAME: Record<StatusCode, string | null> = {
  achieved: 'green',
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  not_started: null,
  no_data: null,
  closed: null,
};

const BAND_COLOR_NAME: Record<ScoreBand, string> = { green: 'green', yellow: 'yellow', red: 'red' };

/** The theme's colour for a core status (light and dark themes each have their own shades). */
export function statusColor(theme: GrafanaTheme2, code: StatusCode): string {
  const name = STATUS_COLOR_NAME[code];
  return name ? theme.visualization.getColorByName(name) : theme.colors.text.secondary;
}

export function scoreBandColor(theme: GrafanaTheme2, band: ScoreBand | null): string {
  return band ? theme.visualization.getColorByName(BAND_COLOR_NAME[band]) : theme.colors.text.secondary;
}

/** The status colour name, for geometry that is resolved against the theme later. */
export function statusColorName(code: StatusCode): string {
  return STATUS_COLOR_NAME[code] ?? 'text';
}
