import { css } from '@emotion/css';
import type { DataFrame, GrafanaTheme2, PanelProps } from '@grafana/data';
import type { LegendDisplayMode } from '@grafana/schema';
import { TooltipPlugin2, UPlotChart, useStyles2, useTheme2, VizLegend } from '@grafana/ui';
import type { VizLegendItem } from '@grafana/ui';
import React, { useMemo } from 'react';
import { KeyResultHeader } from '../../components/KeyResultHeader';
import { PanelMessage } from '../../components/PanelMessage';
import { frameToKeyResults, panelInputFromProps } from '../../data/frameToKeyResults';
import type { PanelKeyResult } from '../../data/model';
import { withDefaults } from '../../defaults';
import type { AlignedOptions } from '../../types';
import { annotationMarks } from './annotationMarks';
import { ChartLegendLayout } from './ChartLegendLayout';
import { buildOverlayGeometry } from './geometry';
import type { OverlayGeometry } from './geometry';
import { paceThresholds } from './paceThresholds';
import { buildPlotModel, seriesColor } from './plotConfig';
import { OverlayTooltip } from './OverlayTooltip';
import { seriesLabel } from './seriesLabel';
import { t } from '@grafana/i18n';

/** Below this size the panel shows only progress and status, as text. */
export const COMPACT_WIDTH = 260;
export const COMPACT_HEIGHT = 160;
const MAX_HEADER_ROWS = 3;
/** TooltipPlugin2's "all series at the hovered time" mode (a const enum in @grafana/ui). */
const HOVER_ALL_SERIES = 1;

/**
 * The headline mode: the user's series as a Grafana time series, with the key result's target,
 * ideal pace, status bands, forecast, now and period edges drawn over it, and a compact header
 * of the core's figures per key result.
 */
export function OverlayView(props: PanelProps<AlignedOptions>) {
  const { width, height, timeZone } = props;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  // One options object per options change: the chart's geometry and uPlot config are memoised
  // on it, and a fresh object each render would rebuild the plot on every re-render.
  const options = useMemo(() => withDefaults(props.options), [props.options]);

  const model = useMemo(
    () => frameToKeyResults(panelInputFromProps(props, Date.now())),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.data, props.options, props.timeRange, props.timeZone, props.replaceVariables]
  );

  if (model.problem) {
    const showTree = () => props.onOptionsChange({ ...props.options, mode: 'tree' });
    return <PanelMessage problem={model.problem} fix={model.problem.code === 'okr_rows' ? { label: t('overlay.show-as-tree', 'Show as Tree'), apply: showTree } : undefined} />;
  }
  const keyResults = model.keyResults;

  if (width < COMPACT_WIDTH || height < COMPACT_HEIGHT) {
    return (
      <div className={styles.compact}>
        {keyResults.slice(0, Math.max(1, Math.floor(height / 28))).map((kr) => (
          <KeyResultHeader key={kr.id} kr={kr} compact showChange={false} />
        ))}
      </div>
    );
  }

  const shown = keyResults.slice(0, MAX_HEADER_ROWS);
  const headerHeight = options.overlay.showHeader ? Math.min(shown.length, MAX_HEADER_ROWS) * 26 + (keyResults.length > MAX_HEADER_ROWS ? 18 : 0) + 4 : 0;
  return (
    <div className={styles.wrapper}>
      {options.overlay.showHeader && (
        <div className={styles.header} style={{ height: headerHeight }}>
          {shown.map((kr, i) => (
            <KeyResultHeader key={kr.id} kr={kr} showChange={options.overlay.showChange} color={keyResults.length > 1 ? seriesColor(kr, i, theme) : undefined} />
          ))}
          {keyResults.length > MAX_HEADER_ROWS && <div className={styles.more}>
              {t('overlay.more-key-results', '', {
                count: keyResults.length - MAX_HEADER_ROWS,
                defaultValue_one: '+{{count}} more key result',
                defaultValue_other: '+{{count}} more key results',
              })}
            </div>}
        </div>
      )}
      <OverlayChart
        keyResults={keyResults}
        options={options}
        width={width}
        height={Math.max(60, height - headerHeight)}
        timeZone={timeZone}
        dataRange={{ from: props.timeRange.from.valueOf(), to: props.timeRange.to.valueOf() }}
        annotations={props.data.annotations}
      />
    </div>
  );
}

interface ChartProps {
  keyResults: PanelKeyResult[];
  options: AlignedOptions;
  width: number;
  height: number;
  timeZone: string;
  dataRange: { from: number; to: number };
  /** Grafana's annotation frames for the dashboard's time range (setDataSupport({ annotations: true })). */
  annotations?: DataFrame[];
}

function OverlayChart({ keyResults, options, width, height, timeZone, dataRange, annotations }: ChartProps) {
  const theme = useTheme2();
  const geometry = useMemo(
    () => buildOverlayGeometry(keyResults, options.overlay, dataRange, paceThresholds(options.keyResult.statusPreset)),
    [keyResults, options.overlay, options.keyResult.statusPreset, dataRange.from, dataRange.to] // eslint-disable-line react-hooks/exhaustive-deps
  );
  const plot = useMemo(
    () => (geometry ? buildPlotModel(keyResults, geometry, theme, timeZone, annotationMarks(annotations, geometry.xRange, theme)) : null),
    [keyResults, geometry, theme, timeZone, annotations]
  );
  if (!geometry || !plot) return null;
  const legend = <VizLegend placement="bottom" displayMode={'list' as LegendDisplayMode} items={legendItems(keyResults, geometry, plot.colors, theme)} readonly />;
  return (
    <ChartLegendLayout width={width} height={height} legend={legend}>
      {(vizWidth: number, vizHeight: number) => (
        <UPlotChart config={plot.builder} data={plot.data} width={vizWidth} height={vizHeight}>
          <TooltipPlugin2
            config={plot.builder}
            hoverMode={HOVER_ALL_SERIES}
            render={(u, dataIdxs) => <OverlayTooltip u={u} dataIdxs={dataIdxs} keyResults={keyResults} colors={plot.colors} />}
          />
        </UPlotChart>
      )}
    </ChartLegendLayout>
  );
}

/** The legend names every series and every overlay colour, so no meaning rests on colour alone. */
function legendItems(keyResults: PanelKeyResult[], g: OverlayGeometry, colors: Record<string, string>, theme: GrafanaTheme2): VizLegendItem[] {
  const items: VizLegendItem[] = keyResults.map((kr) => ({
    label: seriesLabel(kr),
    color: colors[kr.id],
    yAxis: 1,
    getItemKey: () => `series-${kr.id}`,
  }));
  const first = g.keyResults[0];
  if (first?.target) items.push({ label: first.target.text, color: theme.colors.text.primary, yAxis: 1, getItemKey: () => 'target' });
  if (first?.pace) items.push({ label: t('overlay.ideal-pace', 'Ideal pace'), color: theme.colors.text.secondary, yAxis: 1, lineStyle: { fill: 'dash' }, getItemKey: () => 'pace' });
  if (first?.forecast) {
    items.push({ label: first.forecast.text, color: colors[first.keyResultId], yAxis: 1, lineStyle: { fill: 'dash' }, getItemKey: () => 'forecast' });
  }
  for (const band of g.bands) {
    items.push({ label: band.label, color: theme.visualization.getColorByName(band.colorName), yAxis: 1, getItemKey: () => `band-${band.label}` });
  }
  return items;
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', overflow: 'hidden' }),
  header: css({ flex: 'none', overflow: 'hidden', padding: theme.spacing(0, 0.5) }),
  more: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  compact: css({
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    alignItems: 'center',
    overflow: 'hidden',
  }),
});
