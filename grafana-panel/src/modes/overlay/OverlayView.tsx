import { css } from '@emotion/css';
import type { DataFrame, GrafanaTheme2, PanelProps } from '@grafana/data';
import { TooltipPlugin2, UPlotChart, useStyles2, useTheme2 } from '@grafana/ui';
import React, { useMemo } from 'react';
import { KeyResultHeader } from '../../components/KeyResultHeader';
import { PanelMessage } from '../../components/PanelMessage';
import { frameToKeyResults, panelInputFromProps } from '../../data/frameToKeyResults';
import type { PanelKeyResult } from '../../data/model';
import { withDefaults } from '../../defaults';
import type { AlignedOptions } from '../../types';
import { annotationMarks } from './annotationMarks';
import { ChartLegendLayout } from './ChartLegendLayout';
import { LEGEND, legendHeight, legendItemWidth } from './legendLayout';
import { OverlayLegend, type LegendEntry } from './OverlayLegend';
import { buildOverlayGeometry } from './geometry';
import type { OverlayGeometry } from './geometry';
import { paceThresholds } from './paceThresholds';
import { buildPlotModel, seriesColor } from './plotConfig';
import { OverlayTooltip } from './OverlayTooltip';
import { seriesLabel } from './seriesLabel';
import { textWidths } from './textWidths';
import { t } from '../../i18n/t';

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
  const legend = useMemo(() => {
    if (!geometry || !plot) return null;
    const items = legendItems(keyResults, geometry, plot.colors, theme);
    const widths = textWidths(items.map((item) => item.label), `${LEGEND.fontPx}px ${theme.typography.fontFamily}`, LEGEND.fontPx);
    return { items, height: legendHeight(widths.map(legendItemWidth), width) };
  }, [keyResults, geometry, plot, theme, width]);
  if (!geometry || !plot || !legend) return null;
  return (
    <ChartLegendLayout width={width} height={height} legendHeight={legend.height} legend={(ref) => <OverlayLegend ref={ref} items={legend.items} />}>
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
function legendItems(keyResults: PanelKeyResult[], g: OverlayGeometry, colors: Record<string, string>, theme: GrafanaTheme2): LegendEntry[] {
  const items: LegendEntry[] = keyResults.map((kr) => ({ key: `series-${kr.id}`, label: seriesLabel(kr), color: colors[kr.id], sample: 'line' }));
  const first = g.keyResults[0];
  if (first?.target) items.push({ key: 'target', label: first.target.text, color: theme.colors.text.primary, sample: 'line' });
  if (first?.pace) items.push({ key: 'pace', label: first.pace.text, color: theme.colors.text.secondary, sample: 'dash' });
  if (first?.forecast) items.push({ key: 'forecast', label: first.forecast.text, color: colors[first.keyResultId], sample: 'dash' });
  for (const band of g.bands) {
    items.push({ key: `band-${band.label}`, label: band.label, color: theme.visualization.getColorByName(band.colorName), sample: 'area' });
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
