import { describe, expect, it } from 'vitest';
import { withLazyText } from '../../grafana-panel/src/data/lazyText';

describe('withLazyText', () => {
  it('writes the text on the first read only, and it reads like a plain property', () => {
    let writes = 0;
    const status = withLazyText({ code: 'on_track' }, 'explain', () => `written ${++writes}`);
    expect(writes).toBe(0);
    expect(status.explain).toBe('written 1');
    expect(status.explain).toBe('written 1');
    expect(writes).toBe(1);
    expect({ ...status }).toEqual({ code: 'on_track', explain: 'written 1' });
    expect(JSON.parse(JSON.stringify(status))).toEqual({ code: 'on_track', explain: 'written 1' });
    expect(Object.keys(status)).toEqual(['code', 'explain']);
  });

  it('is written when first spread or serialised, not before', () => {
    let writes = 0;
    const value = withLazyText({ n: 1 }, 'text', () => String(++writes));
    expect(JSON.stringify(value)).toBe('{"n":1,"text":"1"}');
    expect({ ...value }.text).toBe('1');
    expect(writes).toBe(1);
  });
});

describe('key results from frames', () => {
  it('carry their explanations unwritten until a view reads them, then read as the core wrote them', async () => {
    const { frameToKeyResults } = await import('../../grafana-panel/src/data/frameToKeyResults');
    const { input, options, q3Series } = await import('./fixtures');
    const model = frameToKeyResults(input([q3Series('Leads', 100, 10), q3Series('Deals', 10, 1)], options({ keyResult: { target: '1200' } })));
    expect(model.keyResults).toHaveLength(2);
    for (const kr of model.keyResults) {
      expect(Object.getOwnPropertyDescriptor(kr, 'expectedExplain')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(kr.status, 'explain')?.get).toBeTypeOf('function');
      expect(kr.expectedExplain).toMatch(/^\d+ % of the period has elapsed$/);
      expect(kr.status.explain).toMatch(/expected/);
      expect(Object.getOwnPropertyDescriptor(kr, 'expectedExplain')?.value).toBe(kr.expectedExplain);
    }
  });
});
