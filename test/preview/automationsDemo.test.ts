import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { automationsPreview } from './automationsDemo';

describe('the preview of automations and alert rules (ABC demo)', () => {
  const preview = automationsPreview(Date.UTC(2026, 11, 2, 12)); // a Wednesday

  it('shows the rule a key result would create and the YAML export', () => {
    expect(preview.grafana.url).toMatch(/^\/alerting\/new\?defaults=/);
    expect(preview.grafana.defaults).toMatchObject({ type: 'grafana-alerting', condition: 'C' });
    expect(YAML.parse(preview.grafana.yaml).apiVersion).toBe(1);
  });

  it('shows the mails of the next Monday 09:30: reminders per owner for open key results only, and the digest', () => {
    expect(preview.sheets.at).toBe('2026-12-07 09:30 UTC');
    const to = preview.sheets.mails.map((m) => m.to);
    expect(new Set(to).size).toBe(to.length); // one mail per recipient
    expect(to).toContain('leadership@abc.example');
    const digest = preview.sheets.mails.find((m) => m.to === 'leadership@abc.example')!;
    expect(digest.body).toMatch(/Weakest branch: /);
    const reminders = preview.sheets.mails.filter((m) => m.subject.includes('Check-in due'));
    expect(reminders.length).toBeGreaterThan(0);
    // Key results of periods that are over (year 1, earlier quarters) are not due.
    for (const m of reminders) expect(m.body).not.toMatch(/Y1-|Q1-Y2-/);
    expect(preview.sheets.log.every((row) => row.length === 7 && row[6] === 'would be sent')).toBe(true);
  });
});
