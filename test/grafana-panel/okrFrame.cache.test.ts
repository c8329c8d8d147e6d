import { createDataFrame, FieldType } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { isOkrFrame } from '../../grafana-panel/src/modes/tree/okrFrame';

describe('OKR-table detection, answered once per frame', () => {
  it('gives the same answer when asked again, and a new one when a column is renamed in place', () => {
    const frame = createDataFrame({
      fields: [
        { name: 'title', type: FieldType.string, values: ['Grow'] },
        { name: 'target', type: FieldType.number, values: [10] },
      ],
    });
    expect(isOkrFrame(frame)).toBe(true);
    expect(isOkrFrame(frame)).toBe(true);
    frame.fields[0].name = 'host';
    expect(isOkrFrame(frame)).toBe(false);
    frame.fields[0].name = 'title';
    expect(isOkrFrame(frame)).toBe(true);
  });
});
