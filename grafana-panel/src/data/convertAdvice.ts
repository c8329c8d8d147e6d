import { FieldType } from '@grafana/data';
import type { DataFrame, Field } from '@grafana/data';
import { findTimeField } from './timeField';
import { t } from '../i18n/t';

/**
 * When numbers arrive as text (the Google Sheets data source without types, an Infinity CSV),
 * the exact "Convert field type" transformation that turns them into numbers: one conversion per
 * text field whose every value reads as a number the way that transformation reads it (commas
 * dropped, then JavaScript's number conversion), and a text time column as Time. `null` when no
 * field would convert.
 */
export function convertFieldTypeAdvice(series: DataFrame[]): string | null {
  const conversions: string[] = [];
  for (const frame of series) {
    const time = findTimeField(frame);
    if (time && time.type === FieldType.string) conversions.push(`"${time.name}" as Time`);
    for (const field of frame.fields) {
      if (field !== time && field.type === FieldType.string && readsAsNumbers(field)) conversions.push(`"${field.name}" as Number`);
    }
  }
  if (!conversions.some((c) => c.endsWith('as Number'))) return null;
  return t(
    'problem.convert.advice',
    'The numbers arrive as text. Add the transformation "Convert field type" (Transform data › Add transformation) with: {{conversions}}.',
    { conversions: Array.from(new Set(conversions)).join(', '), interpolation: { escapeValue: false } }
  );
}

function readsAsNumbers(field: Field): boolean {
  let seen = 0;
  for (const v of field.values as unknown[]) {
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(+v.replace(/,/g, ''))) return false;
    seen++;
  }
  return seen > 0;
}
