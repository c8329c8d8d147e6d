import React from 'react';
import { cx } from '@emotion/css';
import type { Field, LinkModel } from '@grafana/data';
import { DataLinksContextMenu } from '@grafana/ui';

interface Props {
  text: string;
  links: (() => Array<LinkModel<Field>>) | undefined;
  className: string;
}

/**
 * A title that opens its Grafana data links: one link is a plain anchor, several open
 * Grafana's links menu (keyboard: Enter/Space). The text is always rendered as text.
 */
export function LinkedTitle({ text, links, className }: Props) {
  if (!links) {
    return (
      <span className={className} title={text}>
        {text}
      </span>
    );
  }
  return (
    <DataLinksContextMenu links={links}>
      {(api) => (
        <span
          className={cx(className, api.targetClassName)}
          title={text}
          // Older Grafana versions give only openMenu; newer ones give ready-made trigger props.
          {...(api.triggerProps ?? (api.openMenu ? { onClick: api.openMenu, role: 'button', tabIndex: 0 } : {}))}
        >
          {text}
        </span>
      )}
    </DataLinksContextMenu>
  );
}
