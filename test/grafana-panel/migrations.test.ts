// @vitest-environment jsdom
import './dom-stubs';
import type { PanelModel } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../grafana-panel/src/defaults';
import { migrateOptions, shouldMigrate } from '../../grafana-panel/src/migrations';
import { plugin } from '../../grafana-panel/src/module';

const panel = (options: Record<string, unknown>): PanelModel => ({ id: 1, options, fieldConfig: { defaults: {}, overrides: [] } }) as unknown as PanelModel;

describe('option migrations', () => {
  const v0 = { targetValue: 1200, baselineValue: 12, calculation: 'sum', periodType: 'quarter', showForecast: false };

  it('detects the v0 shape and leaves current options alone', () => {
    expect(shouldMigrate(panel(v0))).toBe(true);
    expect(shouldMigrate(panel(DEFAULT_OPTIONS as unknown as Record<string, unknown>))).toBe(false);
  });

  it('moves v0 targetValue → keyResult.target (and the rest) into the nested shape', () => {
    const migrated = migrateOptions(panel(v0));
    expect(migrated).not.toHaveProperty('targetValue');
    expect(migrated).not.toHaveProperty('calculation');
    expect(migrated.keyResult).toMatchObject({ target: '1200', targetSource: 'option', baseline: '12', baselineSource: 'option', reducer: 'sum' });
    expect(migrated.period?.source).toBe('quarter');
    expect(migrated.overlay?.forecast).toBe('none');
    expect(migrated.mode).toBe('overlay');
  });

  it('keeps settings it does not know about and is idempotent', () => {
    const once = migrateOptions(panel({ targetValue: '$goal', bullets: { layout: 'grid' } }));
    expect(once.keyResult?.target).toBe('$goal');
    expect(once.bullets).toEqual({ layout: 'grid' });
    expect(migrateOptions(panel(once as Record<string, unknown>))).toEqual(once);
  });

  it('does not invent a target when v0 had none', () => {
    const migrated = migrateOptions(panel({ targetValue: null, showForecast: true }));
    expect(migrated.keyResult?.target).toBe('');
    expect(migrated.overlay?.forecast).toBe(DEFAULT_OPTIONS.overlay.forecast);
  });

  it('is registered on the plugin', () => {
    expect(plugin.onPanelMigration).toBe(migrateOptions);
    expect(plugin.shouldMigrate?.(panel(v0))).toBe(true);
  });
});
