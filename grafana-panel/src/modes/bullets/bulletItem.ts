import type { Field, LinkModel, ThresholdsConfig } from '@grafana/data';
import type { Grade, KrKind, StatusCode } from '@aligned/core';

/**
 * One bullet: a key result with the figures the core computed for it. The views format and
 * place these numbers; they compute none.
 */
export interface BulletItem {
  id: string;
  title: string;
  owner: string;
  /** Title of the objective the key result belongs to ('' when none). */
  objective: string;
  kind: KrKind | null;
  unit: string;
  /**
   * How the figures read in the value field's unit and decimals (Grafana's value formats), when
   * the value comes from a field with a unit; otherwise `unit` is appended as text.
   */
  format?: (value: number | null) => string;
  baseline: number | null;
  target: number | null;
  current: number | null;
  low: number | null;
  high: number | null;
  progress: number | null;
  /** Expected progress today from elapsed time (0..1), null without a period. */
  expected: number | null;
  status: { code: StatusCode; label: string; explain: string };
  /** The score graded at the period's end: projected mid-period, final after it. */
  grade: Grade;
  /** The core's sentence for the progress ("62 % = (31 − 12) ÷ (43 − 12)"). */
  explain: string;
  /** Thresholds of the field the value comes from, for "bands from thresholds". */
  thresholds: ThresholdsConfig | null;
  fieldMin: number | null;
  fieldMax: number | null;
  links: (() => Array<LinkModel<Field>>) | undefined;
  /** Position in the source, for "as in query" order and stable ties. */
  order: number;
}
