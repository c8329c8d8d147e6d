import { describe, expect, it } from 'vitest';
import { kpiHealth } from '@aligned/core/health/index';

describe('kpiHealth', () => {
  it('two-sided band: healthy inside, watch within 10 % of the width, unhealthy beyond', () => {
    expect(kpiHealth(40, 30, 50)).toMatchObject({ code: 'healthy', label: 'Healthy' });
    expect(kpiHealth(30, 30, 50).code).toBe('healthy');
    expect(kpiHealth(50, 30, 50).code).toBe('healthy');
    expect(kpiHealth(28, 30, 50)).toMatchObject({ code: 'watch', label: 'Watch' });
    expect(kpiHealth(52, 30, 50).code).toBe('watch');
    expect(kpiHealth(27.9, 30, 50)).toMatchObject({ code: 'unhealthy', label: 'Unhealthy' });
    expect(kpiHealth(53, 30, 50).code).toBe('unhealthy');
  });
  it('custom watch fraction', () => {
    expect(kpiHealth(25, 30, 50, 0.25).code).toBe('watch');
    expect(kpiHealth(29, 30, 50, 0).code).toBe('unhealthy');
  });
  it('one-sided: low only is "at least", watch width 10 % of |low|', () => {
    expect(kpiHealth(99.9, 95, null).code).toBe('healthy');
    expect(kpiHealth(86, 95, null).code).toBe('watch');
    expect(kpiHealth(85, 95, null).code).toBe('unhealthy');
    expect(kpiHealth(85, 95, null).explain).toMatch(/at least 95/);
  });
  it('one-sided: high only is "at most"', () => {
    expect(kpiHealth(2, null, 2).code).toBe('healthy');
    expect(kpiHealth(2.2, null, 2).code).toBe('watch');
    expect(kpiHealth(2.3, null, 2).code).toBe('unhealthy');
    expect(kpiHealth(-1e6, undefined, 2).code).toBe('healthy');
  });
  it('no data without a value or without any bound, never healthy', () => {
    expect(kpiHealth(null, 1, 2)).toMatchObject({ code: 'no_data', label: 'No data' });
    expect(kpiHealth(5, null, null).code).toBe('no_data');
    expect(kpiHealth(5, null, null).explain).toMatch(/set a low or high bound/);
    expect(kpiHealth(5, 10, 1).explain).toMatch(/swap/);
  });
});
