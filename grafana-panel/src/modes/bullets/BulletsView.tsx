import React, { useMemo } from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2, PanelProps } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { formatPercent, type Problem, type StatusThresholds } from '@aligned/core';
import { ScoreLabel } from '../../components/ScoreLabel';
import { frameToKeyResults, panelInputFromProps } from '../../data/frameToKeyResults';
import { describeProblem } from '../../data/problem';
import { toIanaTimeZone } from '../../data/timeZone';
import { statusColor } from '../../theme/statusColors';
import type { AlignedOptions } from '../../types';
import { buildCascadeModel } from '../tree/cascadeModel';
import { HoverExplain } from '../tree/HoverExplain';
import { LinkedTitle } from '../tree/LinkedTitle';
import { findOkrFrame } from '../tree/okrFrame';
import { ProblemsList } from '../tree/ProblemsList';
import { readStatusRule } from '../tree/statusRule';
import type { BulletItem } from './bulletItem';
import { BulletAlertLink } from '../../alerting/AlertRuleLink';
import { BulletChart, bandColor } from './BulletChart';
import { bulletGeometry } from './bulletGeometry';
import { CARD_HEIGHT, chooseLayout, LIST_ROW_HEIGHT } from './bulletLayout';
import { readBulletsOptions, type BulletsOptions } from './bulletsOptions';
import { chartLabel, valueText } from './bulletText';
import { bulletsFromCascade } from './fromCascade';
import { bulletsFromKeyResults } from './fromKeyResults';
import { groupBullets, sortBullets } from './sortGroup';
import { asOfFor } from '../../data/asOf';
import { t } from '../../i18n/t';
import { coreText } from '../../i18n/coreText';

type Source = { items: BulletItem[]; problems: Problem[]; message: string | null };

/**
 * Scorecards: one bullet chart per key result, from the OKR rows of a table query or from
 * the numeric series. Sorted, optionally grouped, in a grid or compact list that scrolls.
 */
export function BulletsView(props: PanelProps<AlignedOptions>) {
  const options = useMemo(() => readBulletsOptions(props.options), [props.options]);
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const source = useBulletSource(props, options);

  const groups = useMemo(
    () => groupBullets(sortBullets(source.items, options.sortBy), options.groupBy),
    [source.items, options.sortBy, options.groupBy]
  );
  const statusRule = useMemo(() => readStatusRule(props.options.keyResult?.statusPreset).thresholds, [props.options.keyResult?.statusPreset]);
  const layout = chooseLayout(options.layout, props.width, props.height, source.items.length, options.minCardWidth);

  return (
    <div className={styles.root} style={{ height: props.height }}>
      <ProblemsList problems={source.problems} />
      {source.message !== null && (
        <p className={styles.message} role="status">
          {source.message}
        </p>
      )}
      {source.items.length > 0 && <Legend bands={options.bands} styles={styles} theme={theme} />}
      <div className={styles.scroller}>
        {groups.map((group) => (
          <section key={group.key} className={styles.group}>
            {group.label !== '' && <h3 className={styles.groupHeading}>{group.label}</h3>}
            <div
              role="list"
              aria-label={group.label ? t('bullets.group.aria', 'Key results of {{group}}', { group: group.label, interpolation: { escapeValue: false } }) : t('bullets.list-aria', 'Key results')}
              className={layout.kind === 'grid' ? styles.grid : styles.list}
              style={layout.kind === 'grid' ? { gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` } : undefined}
            >
              {group.items.map((item) => (
                <Bullet
                  key={item.id}
                  item={item}
                  layout={layout.kind}
                  options={options}
                  statusRule={statusRule}
                  styles={styles}
                  theme={theme}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}

function useBulletSource(props: PanelProps<AlignedOptions>, options: BulletsOptions): Source {
  const { data, timeRange, timeZone } = props;
  const asOf = asOfFor(timeRange);
  return useMemo(() => {
    const useRows =
      options.source === 'rows' || (options.source === 'auto' && findOkrFrame(data.series, options.frame) !== undefined);
    if (useRows) {
      const result = buildCascadeModel({
        series: data.series,
        frameRefId: options.frame,
        reducer: options.reducer,
        asOf,
        timeZone: toIanaTimeZone(timeZone),
        rollupMode: 'weighted',
        statusPreset: props.options.keyResult?.statusPreset,
      });
      if ('missing' in result) {
        return { items: [], problems: [], message: result.missing };
      }
      const items = bulletsFromCascade(result.model);
      return {
        items,
        problems: result.model.problems,
        message: items.length === 0 ? t('bullets.no-key-results', 'The OKR rows hold no key results (Type "key result" or "KPI") to draw.') : null,
      };
    }
    const model = frameToKeyResults(panelInputFromProps(props));
    if (model.problem) {
      return { items: [], problems: [], message: describeProblem(model.problem) };
    }
    // eslint-disable-next-line @grafana/i18n/no-untranslated-strings -- `message: null` is no text (the rule reads the property name)
    return { items: bulletsFromKeyResults(model), problems: [], message: null };
    // props is read whole by panelInputFromProps; its data, options, range and zone are the inputs.
  }, [data.series, props.options, asOf, timeRange.from, timeZone, options]);
}

interface BulletProps {
  item: BulletItem;
  statusRule: Readonly<StatusThresholds>;
  layout: 'list' | 'grid';
  options: BulletsOptions;
  styles: ReturnType<typeof getStyles>;
  theme: GrafanaTheme2;
}

function Bullet({ item, layout, options, statusRule, styles, theme }: BulletProps) {
  const geometry = bulletGeometry(item, options.bands, statusRule);
  const color = statusColor(theme, item.status.code);
  const score = <ScoreLabel className={layout === 'grid' ? styles.cardScore : styles.score} grade={item.grade} status={item.status} />;
  const chart = geometry ? (
    <BulletChart
      geometry={geometry}
      barColor={color}
      label={chartLabel(item, geometry)}
      height={layout === 'grid' ? 22 : 16}
    />
  ) : (
    <span className={styles.noData}>{t('bullets.no-figures', 'No figures to draw')}</span>
  );
  const status = (
    <span className={styles.status} style={{ color }}>
      {coreText().status(item.status.code)}
    </span>
  );
  const figures = (
    <HoverExplain content={item.explain || item.status.explain}>
      <span className={styles.figures} tabIndex={0} aria-label={t('bullets.figures.aria', '{{value}}, progress {{percent}}. {{explain}}', { value: valueText(item), percent: formatPercent(item.progress), explain: item.explain, interpolation: { escapeValue: false } })}>
        {valueText(item)} · {formatPercent(item.progress)}
      </span>
    </HoverExplain>
  );
  if (layout === 'grid') {
    return (
      <div className={styles.card} role="listitem" data-bullet-id={item.id} style={{ height: CARD_HEIGHT - 8 }}>
        <div className={styles.cardHead}>
          <LinkedTitle text={item.title} links={item.links} className={styles.title} />
          {options.showScore && score}
        </div>
        {options.showOwner && item.owner !== '' && <div className={styles.owner}>{item.owner}</div>}
        {chart}
        <div className={styles.cardFoot}>
          {figures}
          {status}
          <BulletAlertLink item={item} reducer={options.reducer} />
        </div>
      </div>
    );
  }
  return (
    <div className={cx(styles.row)} role="listitem" data-bullet-id={item.id} style={{ height: LIST_ROW_HEIGHT }}>
      <div className={styles.rowName}>
        <LinkedTitle text={item.title} links={item.links} className={styles.title} />
        {options.showOwner && item.owner !== '' && <span className={styles.owner}>{item.owner}</span>}
      </div>
      <div className={styles.rowChart}>{chart}</div>
      {figures}
      {status}
      {/* Always a cell, empty when no rule can be made, so the grid's columns never shift. */}
      <span className={styles.alert}>
        <BulletAlertLink item={item} reducer={options.reducer} />
      </span>
      {options.showScore && score}
    </div>
  );
}

function Legend({ bands, styles, theme }: { bands: BulletsOptions['bands']; styles: ReturnType<typeof getStyles>; theme: GrafanaTheme2 }) {
  return (
    <div className={styles.legend} aria-label={t('bullets.legend.aria', 'Legend')}>
      <span><span className={styles.swatchBar} style={{ background: theme.colors.text.secondary }} /> {t('bullets.legend.current', 'current (colour = status)')}</span>
      <span><span className={styles.swatchTarget} /> {t('bullets.legend.target', 'target')}</span>
      <span><span className={styles.swatchPace} /> {t('bullets.legend.pace', 'pace today')}</span>
      {bands === 'pace' && (
        <>
          <span><span className={styles.swatch} style={{ background: bandColor(theme, 'bad') }} /> {t('bullets.band.off-track', 'off-track pace')}</span>
          <span><span className={styles.swatch} style={{ background: bandColor(theme, 'warn') }} /> {t('bullets.band.at-risk', 'at-risk pace')}</span>
          <span><span className={styles.swatch} style={{ background: bandColor(theme, 'good') }} /> {t('bullets.band.on-track', 'on-track pace')}</span>
        </>
      )}
      {bands === 'thresholds' && <span>{t('bullets.legend.thresholds', "bands: the field's thresholds")}</span>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', width: '100%', overflow: 'hidden', fontSize: theme.typography.bodySmall.fontSize }),
  message: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
  legend: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1.5),
    color: theme.colors.text.secondary,
    paddingBottom: theme.spacing(0.5),
    flexShrink: 0,
  }),
  swatch: css({ display: 'inline-block', width: 10, height: 10, verticalAlign: 'middle', border: `1px solid ${theme.colors.border.weak}` }),
  swatchBar: css({ display: 'inline-block', width: 14, height: 5, verticalAlign: 'middle' }),
  swatchTarget: css({ display: 'inline-block', width: 3, height: 11, verticalAlign: 'middle', background: theme.colors.text.primary }),
  swatchPace: css({ display: 'inline-block', width: 0, height: 11, verticalAlign: 'middle', borderLeft: `2px dashed ${theme.colors.text.secondary}` }),
  scroller: css({ flex: '1 1 auto', overflowY: 'auto', overflowX: 'hidden', minHeight: 0 }),
  group: css({ marginBottom: theme.spacing(1) }),
  groupHeading: css({
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    margin: theme.spacing(0.5, 0),
    color: theme.colors.text.primary,
  }),
  grid: css({ display: 'grid', gap: theme.spacing(1) }),
  list: css({ display: 'flex', flexDirection: 'column' }),
  card: css({
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    gap: theme.spacing(0.25),
    padding: theme.spacing(0.75, 1),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    minWidth: 0,
  }),
  cardHead: css({ display: 'flex', alignItems: 'baseline', gap: theme.spacing(1), minWidth: 0 }),
  cardFoot: css({ display: 'flex', justifyContent: 'space-between', gap: theme.spacing(1), minWidth: 0 }),
  row: css({
    display: 'grid',
    gridTemplateColumns: `minmax(80px, 2fr) minmax(80px, 3fr) minmax(56px, auto) 72px ${theme.spacing(3)} 64px`,
    alignItems: 'center',
    gap: theme.spacing(1),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    padding: theme.spacing(0, 0.5),
  }),
  rowName: css({ display: 'flex', flexDirection: 'column', minWidth: 0, lineHeight: 1.2 }),
  rowChart: css({ minWidth: 0 }),
  alert: css({ display: 'flex', justifyContent: 'center' }),
  title: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: theme.colors.text.primary, flex: '1 1 auto', minWidth: 0 }),
  owner: css({ color: theme.colors.text.secondary, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  figures: css({ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', overflow: 'hidden', textOverflow: 'ellipsis' }),
  status: css({ whiteSpace: 'nowrap', fontWeight: theme.typography.fontWeightMedium, overflow: 'hidden', textOverflow: 'ellipsis' }),
  // "0.9 projected" wraps to two short lines in a list row's narrow last column.
  score: css({ textAlign: 'right', lineHeight: 1.1, fontVariantNumeric: 'tabular-nums' }),
  cardScore: css({ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }),
  noData: css({ color: theme.colors.text.secondary }),
});
