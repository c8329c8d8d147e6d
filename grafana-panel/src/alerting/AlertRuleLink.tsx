import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { config, locationService } from '@grafana/runtime';
import { Icon, useStyles2 } from '@grafana/ui';
import React, { useState } from 'react';
import type { BulletItem } from '../modes/bullets/bulletItem';
import { useAlertingSource } from './AlertingContext';
import { ruleUnavailable } from './availability';
import { loadBuilder } from './loadBuilder';
import type { AlertSubject } from './ruleSpec';
import { subjectFromBullet } from './subjects';
import { t } from '../i18n/t';

interface Props {
  frameIndex: number;
  subject: (refId: string) => AlertSubject;
  /** A bell instead of words, for tight rows such as bullets. */
  iconOnly?: boolean;
}

/**
 * "Create alert rule": opens Grafana's new-rule form prefilled for this key result (the rule
 * builder loads on the first click); greyed, with the reason, when no rule can be made.
 */
export function AlertRuleLink({ frameIndex, subject, iconOnly }: Props) {
  const styles = useStyles2(getStyles);
  const alerting = useAlertingSource();
  const [failure, setFailure] = useState('');
  if (alerting === null) return null;
  const source = alerting.sourceFor(frameIndex);
  const unavailable = 'unavailable' in source ? source.unavailable : failure || ruleUnavailableFor(subject(source.query.refId));
  if (unavailable) {
    const why = t('alerting.no-rule-because', 'No alert rule: {{reason}}', { reason: unavailable, interpolation: { escapeValue: false } });
    return (
      <span className={styles.off} title={why} aria-label={why} data-testid="aligned-alert-unavailable">
        {iconOnly ? <Icon name="bell-slash" size="sm" /> : t('alerting.no-rule', 'No alert rule')}
      </span>
    );
  }
  const open = (event: React.MouseEvent) => {
    event.preventDefault();
    if ('unavailable' in source) return;
    loadBuilder()
      .then((builder) => {
        const spec = builder.alertRuleSpec(subject(source.query.refId), source);
        if ('unavailable' in spec) return setFailure(spec.unavailable);
        const here = locationService.getLocation();
        const url = builder.newAlertRuleUrl(spec, '', `${here.pathname}${here.search}`);
        // locationService paths are relative to Grafana's sub-path; a new tab needs the full URL.
        window.open(`${config.appSubUrl ?? ''}${url}`, '_blank', 'noopener');
      })
      .catch((error: unknown) =>
        setFailure(
          t('alerting.builder-failed', 'the rule builder did not load ({{error}}); reload the dashboard and try again.', {
            error: error instanceof Error ? error.message : String(error),
            interpolation: { escapeValue: false },
          })
        )
      );
  };
  return (
    <>
      {alerting.alertState && <RuleState state={alerting.alertState.state} />}
      {/* Pointing at or focusing the link fetches the builder's chunk, so a click opens the tab at once. */}
      <a className={styles.link} href="#" onClick={open} onMouseEnter={preloadBuilder} onFocus={preloadBuilder} title={t('alerting.create-title', 'Create a Grafana alert rule for this key result')} data-testid="aligned-alert-link" aria-label={t('alerting.create', 'Create alert rule')}>
      {iconOnly ? <Icon name="bell" size="sm" /> : t('alerting.create', 'Create alert rule')}
      </a>
    </>
  );
}

function stateText(state: string): string | undefined {
  switch (state) {
    case 'alerting':
      return t('alerting.state.firing', 'Alert firing');
    case 'pending':
      return t('alerting.state.pending', 'Alert pending');
    case 'recovering':
      return t('alerting.state.recovering', 'Alert recovering');
    case 'ok':
      return t('alerting.state.ok', 'Alert OK');
    case 'no_data':
      return t('alerting.state.no-data', 'Alert: no data');
    case 'paused':
      return t('alerting.state.paused', 'Alert paused');
    default:
      return undefined;
  }
}

/** The linked rule's state in words (and colour, never colour alone). */
function RuleState({ state }: { state: string }) {
  const styles = useStyles2(getStyles);
  const text = stateText(state);
  if (text === undefined) return null;
  const tone = state === 'alerting' ? styles.firing : state === 'pending' || state === 'recovering' ? styles.pending : styles.off;
  return (
    <span className={tone} data-testid="aligned-alert-state" title={t('alerting.state.title', 'State of the Grafana alert rule linked to this panel')}>
      {text}
    </span>
  );
}

function preloadBuilder(): void {
  loadBuilder().catch(() => undefined); // a failed fetch is reported by the click that needs it
}

function ruleUnavailableFor(s: AlertSubject): string {
  return ruleUnavailable(s.kind, s.target, s.low, s.high) ?? '';
}

/** The link for a bullet drawn from a series (id "frame:field"); bullets from OKR rows get none. */
export function BulletAlertLink({ item, reducer }: { item: BulletItem; reducer: string }) {
  const frame = /^(\d+):\d+$/.exec(item.id);
  if (frame === null) return null;
  return <AlertRuleLink iconOnly frameIndex={Number(frame[1])} subject={(refId) => subjectFromBullet(item, refId, reducer, null)} />;
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({ color: theme.colors.text.link, fontSize: theme.typography.bodySmall.fontSize, whiteSpace: 'nowrap' }),
  off: css({ color: theme.colors.text.disabled, fontSize: theme.typography.bodySmall.fontSize, whiteSpace: 'nowrap' }),
  firing: css({ color: theme.colors.error.text, fontSize: theme.typography.bodySmall.fontSize, fontWeight: theme.typography.fontWeightMedium, whiteSpace: 'nowrap' }),
  pending: css({ color: theme.colors.warning.text, fontSize: theme.typography.bodySmall.fontSize, whiteSpace: 'nowrap' }),
});
