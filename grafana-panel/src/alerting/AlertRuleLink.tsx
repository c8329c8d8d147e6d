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
    return (
      <span className={styles.off} title={`No alert rule: ${unavailable}`} aria-label={`No alert rule: ${unavailable}`} data-testid="aligned-alert-unavailable">
        {iconOnly ? <Icon name="bell-slash" size="sm" /> : 'No alert rule'}
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
      .catch((error: unknown) => setFailure(`the rule builder did not load (${error instanceof Error ? error.message : String(error)}); reload the dashboard and try again.`));
  };
  return (
    <>
      {alerting.alertState && <RuleState state={alerting.alertState.state} />}
      <a className={styles.link} href="#" onClick={open} title="Create a Grafana alert rule for this key result" data-testid="aligned-alert-link" aria-label="Create alert rule">
      {iconOnly ? <Icon name="bell" size="sm" /> : 'Create alert rule'}
      </a>
    </>
  );
}

const STATE_TEXT: Readonly<Record<string, string>> = {
  alerting: 'Alert firing',
  pending: 'Alert pending',
  recovering: 'Alert recovering',
  ok: 'Alert OK',
  no_data: 'Alert: no data',
  paused: 'Alert paused',
};

/** The linked rule's state in words (and colour, never colour alone). */
function RuleState({ state }: { state: string }) {
  const styles = useStyles2(getStyles);
  const text = STATE_TEXT[state];
  if (text === undefined) return null;
  const tone = state === 'alerting' ? styles.firing : state === 'pending' || state === 'recovering' ? styles.pending : styles.off;
  return (
    <span className={tone} data-testid="aligned-alert-state" title="State of the Grafana alert rule linked to this panel">
      {text}
    </span>
  );
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
