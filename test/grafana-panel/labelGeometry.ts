/** Geometry helpers for the overlay label tests: a uPlot stand-in and the no-overlap check. */
import type uPlot from 'uplot';
import { expect } from 'vitest';
import { overlaps } from '../../grafana-panel/src/modes/overlay/labelPlacement';
import type { PlacedLabel } from '../../grafana-panel/src/modes/overlay/labelPlacement';
import { Q3_END, Q3_START } from './fixtures';

/** A uPlot stand-in: linear scales over the plot box, a canvas whose text is 6 px per character. */
export function fakePlot(width: number, height: number, yMin: number, yMax: number, xRange: [number, number] = [Q3_START, Q3_END]) {
  const ctx = new Proxy({ measureText: (s: string) => ({ width: s.length * 6 }) } as Record<string, unknown>, {
    get: (t, k: string) => (k in t ? t[k] : () => undefined),
    set: (t, k: string, v) => ((t[k] = v), true),
  });
  return {
    ctx,
    bbox: { left: 40, top: 0, width, height },
    over: { clientWidth: width },
    valToPos: (v: number, key: string) =>
      key === 'x' ? 40 + ((v - xRange[0]) / (xRange[1] - xRange[0])) * width : height - ((v - yMin) / (yMax - yMin)) * height,
  } as unknown as uPlot;
}

export function assertNoOverlap(placed: PlacedLabel[], lines: number[] = []): void {
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      expect(overlaps(placed[i].box, placed[j].box), `"${placed[i].text}" overlaps "${placed[j].text}"`).toBe(false);
    }
    for (const y of lines) {
      const b = placed[i].box;
      expect(y > b.y && y < b.y + b.h, `"${placed[i].text}" sits on the line at y ${y}`).toBe(false);
    }
  }
}

