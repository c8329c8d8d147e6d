/**
 * What every test that renders the whole panel (plugin.panel) needs around it: Grafana's editor
 * registry, a fixed clock, the lazy bullets and tree chunks loaded up front so each render is
 * synchronous, cleanup after each test, and time for @grafana/ui's deferred tooltip render to
 * finish before jsdom is torn down.
 */
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { loadModeViews } from '../../grafana-panel/src/components/AlignedPanel';
import { initEditorRegistry, NOW } from './fixtures';

export function setUpPanelTests(): void {
  beforeAll(async () => {
    initEditorRegistry();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    await loadModeViews();
  });
  afterAll(async () => {
    // On unmount, @grafana/ui's TooltipPlugin2 defers its last render by 100 ms; let that
    // timer fire while jsdom still exists instead of after the environment is torn down.
    await new Promise((resolve) => setTimeout(resolve, 250));
    vi.useRealTimers();
  });
  afterEach(cleanup);
}
