import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import React from 'react';

/**
 * A small circled "i" after a figure whose tooltip carries a note. Drawn with CSS in the text's
 * colour rather than with Grafana's info icon: the icon is an SVG parsed on every mount, and a
 * tree or a header can show one per row.
 */
export function NoteMark() {
  const styles = useStyles2(getStyles);
  return <span className={styles.mark} aria-hidden="true" data-testid="aligned-note-mark" />;
}

const getStyles = (theme: GrafanaTheme2) => ({
  mark: css({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    width: 11,
    height: 11,
    marginLeft: theme.spacing(0.5),
    border: '1px solid currentColor',
    borderRadius: '50%',
    fontSize: theme.typography.pxToRem(8),
    fontWeight: theme.typography.fontWeightBold,
    fontStyle: 'normal',
    lineHeight: 1,
    verticalAlign: 'middle',
    // The letter is content, not text: nothing to translate or to read out (the tooltip says it).
    '&::before': { content: '"i"' },
  }),
});
