import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

/** Fixed row height: the window of rendered rows is computed from it. */
export const ROW_HEIGHT = 30;
export const INDENT = 16;

export const getTreeStyles = (theme: GrafanaTheme2) => ({
  root: css({
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    width: '100%',
    overflow: 'hidden',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  toolbar: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
    paddingBottom: theme.spacing(0.5),
    flexShrink: 0,
  }),
  summary: css({ color: theme.colors.text.secondary, marginRight: 'auto' }),
  scroller: css({
    position: 'relative',
    flex: '1 1 auto',
    overflowY: 'auto',
    overflowX: 'hidden',
    outline: 'none',
    '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.colors.primary.main}` },
  }),
  row: css({
    position: 'absolute',
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    paddingRight: theme.spacing(0.5),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    '&:hover': { background: theme.colors.action.hover },
  }),
  focused: css({
    background: theme.colors.action.focus,
    boxShadow: `inset 2px 0 0 ${theme.colors.primary.main}`,
  }),
  weakest: css({
    boxShadow: `inset 3px 0 0 ${theme.colors.error.main}`,
  }),
  titleCell: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    flex: '1 1 auto',
    minWidth: 0,
  }),
  toggle: css({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: 20,
    height: 20,
    flexShrink: 0,
    padding: 0,
    border: 'none',
    background: 'none',
    color: theme.colors.text.secondary,
    cursor: 'pointer',
    borderRadius: theme.shape.radius.default,
    '&:hover': { color: theme.colors.text.primary, background: theme.colors.action.hover },
  }),
  toggleSpacer: css({ width: 20, flexShrink: 0 }),
  tag: css({
    flexShrink: 0,
    padding: theme.spacing(0, 0.5),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'nowrap',
  }),
  title: css({
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: theme.colors.text.primary,
  }),
  badge: css({
    flexShrink: 0,
    padding: theme.spacing(0, 0.5),
    borderRadius: theme.shape.radius.default,
    border: `1px solid ${theme.colors.error.border}`,
    color: theme.colors.error.text,
    whiteSpace: 'nowrap',
  }),
  owner: css({
    flex: '0 0 110px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: theme.colors.text.secondary,
  }),
  progress: css({
    flex: '0 0 104px',
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  }),
  track: css({
    position: 'relative',
    flex: '1 1 auto',
    height: 6,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    overflow: 'hidden',
  }),
  fill: css({ position: 'absolute', left: 0, top: 0, bottom: 0 }),
  percent: css({ flex: '0 0 40px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  status: css({
    flex: '0 0 78px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontWeight: theme.typography.fontWeightMedium,
  }),
  score: css({ flex: '0 0 96px', textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }),
  message: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
});

export type TreeStyles = ReturnType<typeof getTreeStyles>;
