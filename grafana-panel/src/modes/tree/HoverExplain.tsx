import React, { useState } from 'react';
import { Tooltip } from '@grafana/ui';

interface Props {
  content: string;
  /** One element that accepts mouse and focus handlers. */
  children: React.ReactElement<React.HTMLAttributes<HTMLElement>>;
}

/**
 * A Grafana Tooltip that is only mounted while the pointer or focus is on its target.
 * A mounted Tooltip costs a floating-ui instance and its listeners; a tree or a scorecard
 * shows dozens of these, and only one is ever open.
 *
 * The open state lives on a wrapper, not on the child: `Tooltip` clones its child with its own
 * mouse and focus handlers, which would replace ours and leave the tooltip open (covering the
 * next row) after the pointer left. `display: contents` keeps the wrapper out of the layout.
 */
export function HoverExplain({ content, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <span
      style={{ display: 'contents' }}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      {open ? (
        <Tooltip content={content} placement="top" show>
          {children}
        </Tooltip>
      ) : (
        children
      )}
    </span>
  );
}
