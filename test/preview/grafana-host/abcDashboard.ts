/**
 * The preview dashboard on the ABC demo: what an analyst would configure in Grafana.
 * Options are stored partially, as in dashboard JSON; the plugin's defaults fill the rest.
 */
import { FieldMatcherID, type FieldConfigSource } from '@grafana/data';
import type { DemoPayload } from '../demoPayload';
import { quarterTarget } from '../demoTargets';
import { okrRowsFrame, seriesFrame } from './demoFrames';
import type { DashboardPanel } from './panelModel';

/** The `$target` variable: the quarter's revenue target the overlay panel reads. */
export const TARGET_VARIABLE = 'target';

function fieldConfig(overrides: FieldConfigSource['overrides'] = []): FieldConfigSource {
  return { defaults: {}, overrides };
}

/** A per-series target set through a field override, as a user does for one series of many. */
function targetOverride(fieldName: string, target: string): FieldConfigSource['overrides'][number] {
  return {
    matcher: { id: FieldMatcherID.byName, options: fieldName },
    properties: [{ id: 'custom.target', value: target }],
  };
}

export interface AbcDashboard {
  panels: DashboardPanel[];
  variables: Record<string, string>;
}

/** The dashboard's own words (titles and the target line's label are the user's text, in the user's language). */
const WORDS = {
  'en-US': { revenue: 'Revenue against the quarter target', funnel: 'Funnel key results', cascade: 'ABC cascade', small: 'Revenue (small)', target: 'Quarter target' },
  'ru-RU': { revenue: 'Выручка к цели квартала', funnel: 'Ключевые результаты воронки', cascade: 'Каскад ABC', small: 'Выручка (мал.)', target: 'Цель квартала' },
} as const;

export function abcDashboard(demo: DemoPayload, language: keyof typeof WORDS = 'en-US'): AbcDashboard {
  const words = WORDS[language];
  const revenue = seriesFrame(demo.series, 'A', ['amount']);
  const funnel = seriesFrame(demo.series, 'B', ['leads', 'deals', 'amount']);
  const okrs = okrRowsFrame(demo.rows, 'OKR');
  // Revenue this quarter is the Total of the daily amounts since the quarter began. The baseline
  // is the default, the value at the period's start, which for a running Total is 0.
  const quarterTotal = { reducer: 'sum' };
  const overlayOptions = {
    mode: 'overlay',
    keyResult: { ...quarterTotal, target: `$${TARGET_VARIABLE}`, targetLabel: words.target },
    period: { source: 'dashboard' },
  };
  const asOf = demo.params.asOf;
  return {
    variables: { [TARGET_VARIABLE]: quarterTarget(demo.rows, 'amount', asOf) ?? '660000' },
    panels: [
      {
        id: 1,
        title: words.revenue,
        width: 880,
        height: 340,
        options: overlayOptions,
        fieldConfig: fieldConfig(),
        frames: [revenue],
      },
      {
        id: 2,
        title: words.funnel,
        width: 430,
        height: 170,
        options: { mode: 'bullets', keyResult: { ...quarterTotal, target: `$${TARGET_VARIABLE}` } },
        fieldConfig: fieldConfig([
          targetOverride('leads', quarterTarget(demo.rows, 'leads', asOf) ?? '2600'),
          targetOverride('deals', '250'),
        ]),
        frames: [funnel],
      },
      {
        id: 3,
        title: words.cascade,
        width: 880,
        height: 420,
        options: { mode: 'tree' },
        fieldConfig: fieldConfig(),
        frames: [okrs],
      },
      {
        id: 4,
        title: words.small,
        width: 200,
        height: 120,
        options: overlayOptions,
        fieldConfig: fieldConfig(),
        frames: [revenue],
      },
    ],
  };
}
