/**
 * What jsdom lacks and @grafana/ui / uPlot need: canvas 2D contexts, ResizeObserver, matchMedia.
 * Imported first by the panel's component tests. The canvas stub records fillText calls, so tests
 * can assert which labels the overlay painted.
 */
import { vi } from 'vitest';

export const canvasText: string[] = [];

export function installDomStubs(): void {
  if (typeof window === 'undefined') return;
  const noop = () => undefined;
  const context = new Proxy(
    {
      measureText: (text: string) => ({ width: text.length * 6, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 }),
      fillText: (text: string) => void canvasText.push(String(text)),
      strokeText: noop,
      getLineDash: () => [],
      createLinearGradient: () => ({ addColorStop: noop }),
      createPattern: () => null,
      getImageData: () => ({ data: new Uint8ClampedArray(4) }),
      canvas: { width: 0, height: 0 },
    } as Record<string, unknown>,
    {
      get: (target, key: string) => (key in target ? target[key] : noop),
      set: (target, key: string, value) => ((target[key] = value), true),
    }
  );
  HTMLCanvasElement.prototype.getContext = vi.fn(() => context) as unknown as HTMLCanvasElement['getContext'];
  if (!('Path2D' in globalThis)) {
    class Path2DStub {
      addPath = noop;
      moveTo = noop;
      lineTo = noop;
      rect = noop;
      arc = noop;
      arcTo = noop;
      closePath = noop;
      bezierCurveTo = noop;
      quadraticCurveTo = noop;
      ellipse = noop;
      roundRect = noop;
    }
    Object.assign(globalThis, { Path2D: Path2DStub });
  }
  if (!('ResizeObserver' in window)) {
    /** Reports a fixed size once per observed element, as a browser would after layout. */
    class ResizeObserverStub {
      constructor(private readonly callback: (entries: unknown[], observer: unknown) => void) {}
      observe = (target: Element) => {
        const rect = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 24, right: 800, bottom: 24 };
        setTimeout(() => this.callback([{ target, contentRect: rect, borderBoxSize: [{ inlineSize: 800, blockSize: 24 }] }], this), 0);
      };
      unobserve = noop;
      disconnect = noop;
    }
    Object.assign(window, { ResizeObserver: ResizeObserverStub });
    Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
  }
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: noop,
      removeListener: noop,
      addEventListener: noop,
      removeEventListener: noop,
      dispatchEvent: () => false,
    })) as unknown as typeof window.matchMedia;
  }
}

installDomStubs();
