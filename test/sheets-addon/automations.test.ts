import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordCheckIn, refreshAll, toggleHourlyRefresh } from '../../sheets-addon/src/commands/index';
import {
  getAutomationsState,
  onOkrSheetChange,
  runAutomationsNow,
  saveAutomationRules,
  setAutomationsEnabled,
  setRebuildOnChangeEnabled,
} from '../../sheets-addon/src/automations/index';
import { QUOTA_EXHAUSTED } from '../../sheets-addon/src/automations/run';
import { KEYS } from '../../sheets-addon/src/automations/settings';
import { DEFAULT_RULES, localClock } from '@aligned/core';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable } from './double/fixtures';

const ZONE = 'Europe/London';
let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 2, 20, 12)); // Friday 2026-03-20
  gas = createDouble({ timeZone: ZONE });
  uninstall = gas.install();
});
afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

const HEADER = ['ID', 'Parent', 'Type', 'Title', 'Owner', 'Owner email', 'Check-in every', 'Kind', 'Baseline', 'Target', 'Current', 'Start', 'End'];
function okrTable(currents: { kr1?: number; kr2?: number; kr3?: number } = {}): unknown[][] {
  return [
    HEADER,
    ['O1', '', 'objective', 'Grow <b>revenue</b>', 'Lead', '', '', '', '', '', '', '2026-01-01', '2026-06-30'],
    ['KR1', 'O1', 'key result', 'Win <img src=x onerror=alert(1)> deals', 'Ana', 'ana@example.com', '', 'increase', 0, 100, currents.kr1 ?? 40, '', ''],
    ['KR2', 'O1', 'key result', 'Ship v2', 'Bo', 'bo@example.com', 'weekly', 'increase', 0, 10, currents.kr2 ?? 4, '', ''],
    ['KR3', 'O1', 'key result', 'Hire', 'Cy', '', '', 'increase', 0, 5, currents.kr3 ?? 2, '', ''],
  ];
}

const onlyReminders = () => saveAutomationRules(JSON.stringify(DEFAULT_RULES.filter((r) => r.id === 'weekly-check-in')));

function hourlyRuns(fromUtc: number, hours: number): void {
  toggleHourlyRefresh(); // the shared hourly trigger
  const trigger = gas.script.getProjectTriggers()[0];
  for (let h = 0; h < hours; h++) {
    vi.setSystemTime(fromUtc + h * 3_600_000);
    gas.fireTimeTrigger(trigger, refreshAll);
  }
}

describe('weekly check-in reminder', () => {
  it('goes out Monday at 09:00 London time on both sides of the clock change, one mail per owner, skipping recent check-ins', () => {
    putTable(gas, 'OKRs', okrTable());
    onlyReminders();
    setAutomationsEnabled(true);
    // Bo checks in on Tuesday 24 March: skipped on the 30th (6 days later), reminded again after that.
    const sentAt: string[] = [];
    const start = Date.UTC(2026, 2, 21, 0, 30); // Saturday 21 March, 00:30 UTC
    toggleHourlyRefresh();
    const trigger = gas.script.getProjectTriggers()[0];
    for (let h = 0; h < 24 * 17; h++) {
      const t = start + h * 3_600_000;
      vi.setSystemTime(t);
      if (t === Date.UTC(2026, 2, 24, 10, 30)) recordCheckIn({ id: 'KR2', value: 5 });
      const before = gas.mail.sent.length;
      gas.fireTimeTrigger(trigger, refreshAll);
      for (const m of gas.mail.sent.slice(before)) {
        const c = localClock(t, ZONE);
        sentAt.push(`${c.date} ${c.hour}h ${m.to}`);
      }
    }
    expect(sentAt).toEqual([
      '2026-03-23 9h ana@example.com', // GMT: 09:30 local is 09:30 UTC
      '2026-03-23 9h bo@example.com',
      '2026-03-30 9h ana@example.com', // BST: 09:30 local is 08:30 UTC; Bo checked in 6 days ago
      '2026-04-06 9h ana@example.com',
      '2026-04-06 9h bo@example.com',
    ]);
    const mondays = gas.mail.sent.map((m) => m.subject);
    expect(mondays[0]).toBe('[Aligned] Check-in due: Win <img src=x onerror=alert(1)> deals');
    // Cy has no address: logged once per occasion, never thrown.
    const log = gas.spreadsheet.getSheetByName('Aligned log')!.getDataRange().getValues();
    const cy = log.filter((r) => String(r[3]) === 'KR3');
    expect(cy.map((r) => r[2])).toEqual(['due|KR3|2026-03-23', 'due|KR3|2026-03-30', 'due|KR3|2026-04-06']);
    for (const r of cy) expect(String(r[6])).toMatch(/^not sent: no e-mail address for the owner: No e-mail address for owner "Cy" of KR3: add an Email column/);
  });
});

describe('never twice, never lost', () => {
  it('repeated runs send each event once and only append to the log', () => {
    putTable(gas, 'OKRs', okrTable());
    const source = gas.spreadsheet.getSheetByName('OKRs')!;
    const before = source._snapshot();
    onlyReminders();
    setAutomationsEnabled(true);
    vi.setSystemTime(Date.UTC(2026, 2, 23, 10)); // Monday 10:00 GMT
    runAutomationsNow();
    runAutomationsNow();
    vi.setSystemTime(Date.UTC(2026, 2, 23, 15));
    runAutomationsNow();
    expect(gas.mail.sent.map((m) => m.to)).toEqual(['ana@example.com', 'bo@example.com']);
    const rows = gas.spreadsheet.getSheetByName('Aligned log')!.getDataRange().getValues();
    expect(rows[0]).toEqual(['Time', 'Rule', 'Event key', 'Key result', 'Recipient', 'Subject', 'Result']);
    expect(rows.slice(1).map((r) => [r[2], r[4], r[6] === 'sent' ? 'sent' : 'other'])).toEqual([
      ['due|KR1|2026-03-23', 'ana@example.com', 'sent'],
      ['due|KR2|2026-03-23', 'bo@example.com', 'sent'],
      ['due|KR3|2026-03-23', '', 'other'],
    ]);
    expect(source._snapshot()).toEqual(before);
    expect(source._writes).toEqual([]);
  });

  it('alerts the owner once when a key result slips, with the core explanation', () => {
    putTable(gas, 'OKRs', okrTable({ kr1: 40 }));
    saveAutomationRules(JSON.stringify(DEFAULT_RULES.filter((r) => r.id === 'status-alerts')));
    setAutomationsEnabled(true);
    vi.setSystemTime(Date.UTC(2026, 2, 20, 12));
    runAutomationsNow(); // first run: remembers, sends nothing
    expect(gas.mail.sent).toEqual([]);
    putTable(gas, 'OKRs', okrTable({ kr1: 5 }));
    vi.setSystemTime(Date.UTC(2026, 2, 20, 13));
    runAutomationsNow();
    runAutomationsNow();
    expect(gas.mail.sent.map((m) => [m.to, m.subject])).toEqual([['ana@example.com', '[Aligned] Win <img src=x onerror=alert(1)> deals is now Off track']]);
    expect(gas.mail.sent[0].body).toContain('Off track');
    expect(gas.mail.sent[0].body).toMatch(/5 %/);
  });

  it('checks the quota first, logs and shows an exhausted quota instead of throwing, and sends the rest later', () => {
    putTable(gas, 'OKRs', okrTable());
    onlyReminders();
    setAutomationsEnabled(true);
    gas.mail.remainingQuota = 1;
    vi.setSystemTime(Date.UTC(2026, 2, 23, 9, 30));
    const { message } = runAutomationsNow();
    expect(message).toMatch(/1 e-mail sent\. 1 not sent .* quota is used up/);
    expect(gas.mail.sent.map((m) => m.to)).toEqual(['ana@example.com']);
    const results = gas.spreadsheet.getSheetByName('Aligned log')!.getDataRange().getValues().map((r) => r[6]);
    expect(results).toContain(QUOTA_EXHAUSTED);
    expect(getAutomationsState().quotaText).toMatch(/^Only 0 e-mails left/);
    gas.mail.remainingQuota = 100;
    vi.setSystemTime(Date.UTC(2026, 2, 23, 10, 30));
    gas.fireTimeTrigger({ getUniqueId: () => 't' }, refreshAll);
    expect(gas.mail.sent.map((m) => m.to)).toEqual(['ana@example.com', 'bo@example.com']);
  });

  it('escapes user text in the HTML body', () => {
    putTable(gas, 'OKRs', okrTable());
    onlyReminders();
    setAutomationsEnabled(true);
    vi.setSystemTime(Date.UTC(2026, 2, 23, 9, 30));
    runAutomationsNow();
    const html = gas.mail.sent[0].htmlBody;
    expect(html).toContain('Win &lt;img src=x onerror=alert(1)&gt; deals');
    expect(html).not.toContain('<img');
    expect(gas.mail.sent[0].subject).not.toMatch(/[\r\n]/);
  });
});

describe('automations off', () => {
  it('sends nothing and touches no mail service, while the hourly refresh keeps working', () => {
    putTable(gas, 'OKRs', okrTable());
    hourlyRuns(Date.UTC(2026, 2, 23, 7, 30), 6);
    expect(gas.ledger.count('MailApp.sendEmail')).toBe(0);
    expect(gas.ledger.count('MailApp.getRemainingDailyQuota')).toBe(0);
    expect(gas.spreadsheet.getSheetByName('Aligned log')).toBeNull();
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).not.toBeNull();
  });

  it('the preview shows what would be sent without sending or logging', () => {
    putTable(gas, 'OKRs', okrTable());
    vi.setSystemTime(Date.UTC(2026, 2, 23, 9, 30));
    const state = getAutomationsState();
    expect(state.on).toBe(false);
    expect(state.preview.map((p) => p.to)).toEqual(['ana@example.com', 'bo@example.com']);
    expect(state.unaddressed[0]).toContain('No e-mail address for owner "Cy"');
    // The stale signal sits beside the status, never instead of it.
    expect(state.stale[0]).toMatch(/^KR1 Win <img src=x onerror=alert\(1\)> deals: (On track|At risk|Off track), never updated \(expected every 7 days\)$/);
    expect(gas.mail.sent).toEqual([]);
    expect(gas.spreadsheet.getSheetByName('Aligned log')).toBeNull();
  });

  it('shares the one hourly trigger with the hourly refresh', () => {
    putTable(gas, 'OKRs', okrTable());
    setAutomationsEnabled(true);
    expect(gas.script.triggers.map((t) => [t.handler, t.eventType])).toEqual([['refreshAll', 'CLOCK']]);
    expect(gas.properties.document.get(KEYS.refresh)).toBe('off'); // automations alone do not rebuild sheets
    toggleHourlyRefresh();
    expect(gas.script.triggers).toHaveLength(1);
    setAutomationsEnabled(false);
    expect(gas.script.triggers).toHaveLength(1); // still wanted by the refresh
    toggleHourlyRefresh();
    expect(gas.script.triggers).toEqual([]);
  });

  it('refuses rules it cannot run, saying where and what, and keeps the old ones', () => {
    expect(() => saveAutomationRules('[{"id":"x","when":{"event":"checkin_due"},"action":{"notifyOwner":true},"schedule":{"weekday":9,"hour":9}}]')).toThrow(
      /Rule 1, field schedule: expected weekday 1–7/,
    );
    expect(() => saveAutomationRules('{oops')).toThrow(/expected JSON text/);
    expect(gas.properties.document.has(KEYS.rules)).toBe(false);
  });
});

describe('failures in a scheduled run', () => {
  it('are logged once, not thrown, when there is no OKR sheet', () => {
    setAutomationsEnabled(true);
    for (let h = 0; h < 3; h++) {
      vi.setSystemTime(Date.UTC(2026, 2, 23, 9 + h, 30));
      expect(() => gas.fireTimeTrigger({ getUniqueId: () => 't' }, refreshAll)).not.toThrow();
    }
    const rows = gas.spreadsheet.getSheetByName('Aligned log')!.getDataRange().getValues();
    expect(rows.slice(1).map((r) => String(r[6]).slice(0, 30))).toEqual(['failed: No OKR sheet found: ex']);
  });
});

describe('People sheet', () => {
  it('maps owners without an Email cell to addresses', () => {
    putTable(gas, 'OKRs', okrTable());
    putTable(gas, 'People', [['Name', 'E-mail'], ['Cy', 'cy@example.com'], ['Dee', 'not-an-address']]);
    onlyReminders();
    vi.setSystemTime(Date.UTC(2026, 2, 23, 9, 30));
    const state = getAutomationsState();
    expect(state.preview.map((p) => p.to)).toEqual(['ana@example.com', 'bo@example.com', 'cy@example.com']);
    expect(state.problems.some((p) => p.includes('Sheet "People", row 3, column Email'))).toBe(true);
  });
});

describe('rebuild on change', () => {
  it('one installable change trigger; a burst rebuilds once, at most once a minute', () => {
    putTable(gas, 'OKRs', okrTable());
    setRebuildOnChangeEnabled(true);
    setRebuildOnChangeEnabled(true);
    expect(gas.script.triggers.map((t) => [t.handler, t.eventType])).toEqual([['onOkrSheetChange', 'ON_CHANGE']]);
    const trigger = gas.script.getProjectTriggers()[0];
    const slept: number[] = [];
    gas.sleeper.onSleep = (ms) => {
      slept.push(ms);
      vi.setSystemTime(Date.now() + ms);
    };
    expect(gas.fireChangeTrigger(trigger, onOkrSheetChange)).toBe('rebuilt');
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).not.toBeNull();
    // A second edit while the first is still settling: the first gives way to it.
    gas.sleeper.onSleep = (ms) => {
      vi.setSystemTime(Date.now() + ms);
      gas.properties.document.set(KEYS.rebuildRequested, 'a later edit');
    };
    expect(gas.fireChangeTrigger(trigger, onOkrSheetChange)).toBe('superseded');
    // A change 10 s after the last rebuild waits until a minute has passed.
    slept.length = 0;
    gas.sleeper.onSleep = (ms) => {
      slept.push(ms);
      vi.setSystemTime(Date.now() + ms);
    };
    expect(gas.fireChangeTrigger(trigger, onOkrSheetChange)).toBe('rebuilt');
    expect(slept[0]).toBe(5_000);
    expect(slept.length).toBe(2);
    expect(slept[1]).toBeGreaterThan(0);
    setRebuildOnChangeEnabled(false);
    expect(gas.script.triggers).toEqual([]);
  });
});

describe('in a Russian spreadsheet', () => {
  it('writes the mails, the preview and the rule problems in Russian; the subject and items come from the core', () => {
    uninstall();
    gas = createDouble({ timeZone: ZONE, locale: 'ru_RU' });
    uninstall = gas.install();
    putTable(gas, 'OKRs', okrTable());
    putTable(gas, 'Люди', [['Имя', 'Почта'], ['Cy', 'not-an-address']]);
    onlyReminders();
    setAutomationsEnabled(true);
    vi.setSystemTime(Date.UTC(2026, 2, 23, 10)); // Monday 10:00 GMT
    const state = getAutomationsState();
    expect(state.preview.length).toBe(2);
    for (const mail of state.preview) {
      expect(mail.subject).toMatch(/^\[Aligned\] [А-ЯЁ]/);
      expect(mail.body).toContain('По этим ключевым результатам не было отметки в положенный срок:');
      expect(mail.body).toContain('внесите новые значения: Расширения ▸ Aligned OKRs ▸ Отметить прогресс….');
      expect(mail.body).toMatch(/Отправлено дополнением Aligned OKRs по правилу «/);
      // Nothing English around the user's titles, owners, addresses and the link.
      const words = mail.body.replace(/<[^>]*>|https?:\S+|\S+@\S+|Win|deals|Ship v2|img src=x onerror=alert\(1\)/g, ' ');
      expect(words).not.toMatch(/\b(These|Open|Sent|rule|Turn|checked|cadence|expected)\b/);
    }
    // The People sheet is found by its Russian name; its bad address is explained in Russian.
    expect(state.problems.join('\n')).toMatch(/Лист «Люди», строка 2, столбец «Почта»: ожидался адрес почты/);
    // Stored rules that do not parse: the problem is Russian too.
    expect(() => saveAutomationRules('[{"id": 5}]')).toThrow(/Ничего не сохранено\.$/);
    expect(() => saveAutomationRules('{oops')).toThrow(/^Правила: ожидался текст JSON/);
    runAutomationsNow();
    expect(gas.mail.sent.map((m) => m.subject).every((s) => /^\[Aligned\] [А-ЯЁ]/.test(s))).toBe(true);
    expect(gas.mail.sent[0].htmlBody).toContain('Win &lt;img src=x onerror=alert(1)&gt; deals');
  });
});
