import React, { cloneElement, useState } from 'react';
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
 */
export function HoverExplain({ content, children }: Props) {
  const [open, setOpen] = useState(false);
  const target = cloneElement(children, {
    onMouseEnter: () => setOpen(true),
    onMouseLeave: () => setOpen(false),
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
  });
  if (!open) {
    return target;
  }
  return (
    <Tooltip content={content} placement="top" show>
      {target}
    </Tooltip>
  );
}
