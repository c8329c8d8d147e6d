import type { Formatter } from '../i18n/formatter';
import type { Message } from '../i18n/message';

/** The English templates of kpiHealth's sentences (a table of its own: see inEnglishFrom). */
export const EN_HEALTH = {
  'health.no_bounds': (): string => 'No data: set a low or high bound to say what healthy means.',
  'health.no_value': (): string => 'No data: the KPI has no current value.',
  'health.low_above_high': (p: { low: number; high: number }, f: Formatter): string =>
    `No data: low ${f.num(p.low)} is above high ${f.num(p.high)}; swap them.`,
  'health.band': (p: { low: number | null; high: number | null }, f: Formatter): string =>
    p.low !== null && p.high !== null ? `${f.num(p.low)}–${f.num(p.high)}` : p.low !== null ? `at least ${f.num(p.low)}` : `at most ${f.num(p.high)}`,
  'health.healthy': (p: { value: number; band: Message }, f: Formatter): string => `${f.num(p.value)} is within ${f.msg(p.band)}.`,
  'health.outside': (
    p: { value: number; distance: number; below: boolean; band: Message; margin: number; watch: boolean },
    f: Formatter,
  ): string =>
    `${f.num(p.value)} is ${f.num(p.distance)} ${p.below ? 'below' : 'above'} ${f.msg(p.band)}, ${p.watch ? 'within' : 'beyond'} the watch margin of ${f.num(p.margin)}.`,
};
