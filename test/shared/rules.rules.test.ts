import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCascade, evaluateCascade } from '@aligned/core/cascade/index';
import {
  DEFAULT_RULES,
  cascadeDigest,
  isQuiet,
  localClock,
  parseCadence,
  parseRules,
  planMails,
  readAutomationColumns,
  scheduleSlot,
  takeSnapshot,
  type PlanContext,
  type Rule,
} from '@aligned/core/rules/index';
import { parseRows } from '@aligned/core/schema/index';
import { renderMessage, type Message } from '@aligned/core';
import { kr, node } from './cascade.helpers';

const DAY = 86_400_000;

describe('cadence', () => {
  it('reads days, words and counted units', () => {
    expect(parseCadence(7)).toBe(7);
    expect(parseCadence('weekly')).toBe(7);
    expect(parseCadence('Every 2 weeks')).toBe(14);
    expect(parseCadence('fortnightly')).toBe(14);
    expect(parseCadence('3 days')).toBe(3);
    expect(parseCadence('2w')).toBe(14);
    expect(parseCadence('monthly')).toBe(30);
    expect(parseCadence('еженедельно')).toBe(7);
    expect(parseCadence('Раз в месяц')).toBe(30);
    expect(parseCadence('каждые 2 недели')).toBe(14);
    expect(parseCadence('3 дня')).toBe(3);
    expect(parseCadence('2 нед.')).toBe(14);
    expect(parseCadence('')).toBeNull();
    expect(parseCadence(null)).toBeNull();
  });

  it('explains what it expected for anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean()), (value) => {
        try {
          const days = parseCadence(value);
          if (days !== null) expect(days >= 1 && days <= 366).toBe(true);
        } catch (error) {
          expect((error as Error).name).toBe('ValueError');
          expect((error as Error).message).toMatch(/^Expected a check-in cadence.*found .*Type for example/);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('automation columns', () => {
  it('reads Check-in every and Email aliases beside the OKR schema, without an unknown-column warning', () => {
    const table = [
      ['ID', 'Title', 'Owner', 'Check-in every', 'Owner e-mail'],
      ['KR1', 'A', 'Ana', 'fortnightly', 'ana@example.com'],
      ['KR2', 'B', 'Bo', 'sometimes', 'not an address'],
    ];
    const { byId, problems } = readAutomationColumns(table);
    expect(byId.get('KR1')).toEqual({ cadenceDays: 14, email: 'ana@example.com' });
    expect(byId.get('KR2')).toEqual({ cadenceDays: null, email: '' });
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Check-in every'],
      [3, 'Email'],
    ]);
    expect(parseRows(table).problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
});

describe('rules', () => {
  it('accepts the default rules', () => {
    const { rules, problems } = parseRules(JSON.parse(JSON.stringify(DEFAULT_RULES)));
    expect(problems).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['weekly-check-in', 'status-alerts', 'weekly-digest']);
  });

  it('names the rule, the field, what was expected and what was found', () => {
    const { rules, problems } = parseRules([
      { id: 'a', name: 'Late', when: { event: 'checkin_due' }, action: { notifyOwner: true }, schedule: { weekday: 8, hour: 9 } },
      { id: 'b', when: { event: 'explode' }, action: { addresses: ['boss@'] } },
      { id: 'c', when: { event: 'became_stale' }, action: { notifyOwner: true }, scope: { owner: 'Ana' } },
    ]);
    expect(rules.map((r) => r.id)).toEqual(['c']);
    expect(problems[0]).toBe('Rule 1 ("Late"), field schedule: expected weekday 1–7 (1 = Monday) and hour 0–23, e.g. {"weekday": 1, "hour": 9}, found a value of type object. The default is Monday 09:00.');
    expect(problems.some((p) => p.startsWith('Rule 2, field when.event: expected one of status_changed'))).toBe(true);
    expect(problems.some((p) => p.includes('field action.addresses') && p.includes('"boss@"'))).toBe(true);
    expect(parseRules('nope').problems[0]).toMatch(/^Rules: expected a list of rules, found "nope"/);
  });

  it('finds Monday 09:00 in the local zone on both sides of a daylight-saving change', () => {
    const zone = 'Europe/Paris';
    // 2026-03-30 is the Monday after the change to summer time (2026-03-29).
    const before = { weekday: 1, hour: 9 };
    expect(scheduleSlot(before, Date.UTC(2026, 2, 23, 7, 59), zone)).toBeNull(); // 08:59 CET
    expect(scheduleSlot(before, Date.UTC(2026, 2, 23, 8, 0), zone)).toBe('2026-03-23'); // 09:00 CET
    expect(scheduleSlot(before, Date.UTC(2026, 2, 30, 6, 59), zone)).toBeNull(); // 08:59 CEST
    expect(scheduleSlot(before, Date.UTC(2026, 2, 30, 7, 0), zone)).toBe('2026-03-30'); // 09:00 CEST
    expect(scheduleSlot(before, Date.UTC(2026, 2, 30, 21, 59), zone)).toBe('2026-03-30');
    expect(scheduleSlot(before, Date.UTC(2026, 2, 30, 22, 0), zone)).toBeNull(); // Tuesday already
    expect(localClock(Date.UTC(2026, 2, 29, 12), zone)).toEqual({ date: '2026-03-29', weekday: 7, hour: 14 });
  });

  it('keeps quiet hours, also across midnight', () => {
    const at = (h: number) => Date.UTC(2026, 5, 1, h);
    expect(isQuiet({ from: 22, to: 7 }, at(23), 'UTC')).toBe(true);
    expect(isQuiet({ from: 22, to: 7 }, at(3), 'UTC')).toBe(true);
    expect(isQuiet({ from: 22, to: 7 }, at(7), 'UTC')).toBe(false);
    expect(isQuiet({ from: 12, to: 14 }, at(13), 'UTC')).toBe(true);
    expect(isQuiet(undefined, at(13), 'UTC')).toBe(false);
  });
});

describe('planMails', () => {
  const START = Date.UTC(2026, 0, 1);
  const END = Date.UTC(2026, 2, 31, 23, 59, 59);
  const nodes = (a: number, b: number) => [
    node('O1', null, { start: START, end: END, title: 'Grow' }),
    kr('KR1', 'O1', a, { owner: 'Ana', level: 'quarterly', checkIns: [{ time: START + 20 * DAY, value: a }] }),
    kr('KR2', 'O1', b, { owner: 'Bo', level: 'quarterly', checkIns: [{ time: START + 20 * DAY, value: b }] }),
  ];
  const snap = (ns: ReturnType<typeof nodes>, asOf: number) => takeSnapshot(ns, evaluateCascade(ns, { asOf }), { asOf });
  const monday = Date.UTC(2026, 1, 16, 9, 30); // Monday 2026-02-16, 09:30 UTC
  const context = (sent: Set<string>, asOf = monday): PlanContext => ({
    asOf,
    timeZone: 'UTC',
    addressOf: (s) => (s.owner === 'Ana' ? 'ana@example.com' : ''),
    alreadySent: (key, to) => sent.has(`${key} ${to}`),
  });

  it('sends one reminder per owner on the occasion, reports owners without an address, and never twice', () => {
    const now = snap(nodes(40, 40), monday);
    const sent = new Set<string>();
    const first = planMails(null, now, DEFAULT_RULES, context(sent));
    expect(first.mails.map((m) => [m.to, m.subject, m.items.map((i) => i.eventKey)])).toEqual([
      ['ana@example.com', 'Check-in due: KR1', [['due|KR1|2026-02-16']].flat()],
    ]);
    expect(first.unaddressed.map((u) => u.krId)).toEqual(['KR2']);
    expect(first.unaddressed[0].reason).toContain('No e-mail address for owner "Bo"');
    for (const m of first.mails) for (const i of m.items) sent.add(`${i.eventKey} ${m.to}`);
    expect(planMails(null, now, DEFAULT_RULES, context(sent, monday + 3_600_000)).mails).toEqual([]);
  });

  it('holds status alerts back in quiet hours and hands them over for later', () => {
    const t0 = Date.UTC(2026, 1, 10, 12);
    const before = snap(nodes(40, 40), t0);
    const late = Date.UTC(2026, 1, 10, 23);
    const now = snap(nodes(5, 40), late);
    const rules = DEFAULT_RULES.filter((r) => r.id === 'status-alerts');
    const quiet = planMails(before, now, rules, context(new Set(), late));
    expect(quiet.mails).toEqual([]);
    expect(quiet.deferred.map((e) => e.key)).toEqual([`status|KR1|on_track>off_track|${t0}`]);
    const morning = Date.UTC(2026, 1, 11, 8);
    const later = planMails(now, snap(nodes(5, 40), morning), rules, { ...context(new Set(), morning), pending: quiet.deferred });
    expect(later.mails.map((m) => [m.to, m.subject])).toEqual([['ana@example.com', 'KR1 is now Off track']]);
  });

  it('scopes rules by owner, level and IDs, and sends the digest to listed addresses only', () => {
    const now = snap(nodes(5, 5), monday);
    const before = snap(nodes(40, 40), monday - DAY);
    const scoped: Rule[] = [
      { id: 's', name: 'Bo only', enabled: true, when: { event: 'status_changed' }, scope: { owner: 'bo' }, action: { notifyOwner: false, addresses: ['lead@example.com'] } },
      { id: 'd', name: 'Digest', enabled: true, when: { event: 'digest' }, scope: { all: true }, action: { notifyOwner: false, addresses: ['ceo@example.com'] }, schedule: { weekday: 1, hour: 9 } },
    ];
    const ns = nodes(5, 5);
    const cascade = buildCascade(ns);
    const result = planMails(before, now, scoped, { ...context(new Set()), digestLines: () => cascadeDigest(cascade, evaluateCascade(cascade, { asOf: monday })).lines });
    expect(result.mails.map((m) => [m.ruleId, m.to, m.items.map((i) => i.krId).filter(Boolean).join()])).toEqual([
      ['s', 'lead@example.com', 'KR2'],
      ['d', 'ceo@example.com', ''],
    ]);
    const digest = result.mails[1];
    expect(digest.subject).toBe('OKR digest for the week of 2026-02-16: 2 off track');
    expect(digest.items.map((i) => i.summary).join('\n')).toContain('Weakest branch: Grow › KR1, 5 % (Off track)');
  });

  it('says every mail, item, digest line and unaddressed reason in Russian too', () => {
    const ns = nodes(5, 5).map((n) => ({ ...n, title: n.id === 'O1' ? 'Рост' : `Выручка ${n.id}` }));
    const before = snap(nodes(40, 40), monday - DAY);
    const now = snap(ns, monday);
    const cascade = buildCascade(ns);
    const digest = cascadeDigest(cascade, evaluateCascade(cascade, { asOf: monday }));
    const rules: Rule[] = [
      ...DEFAULT_RULES,
      { id: 'd', name: 'Digest', enabled: true, when: { event: 'digest' }, scope: { all: true }, action: { notifyOwner: false, addresses: ['ceo@example.com'] }, schedule: { weekday: 1, hour: 9 } },
    ];
    const result = planMails(before, now, rules, { ...context(new Set()), digestLines: () => digest.lines, digestMessages: () => digest.lineMessages });
    expect(result.mails.length).toBeGreaterThanOrEqual(3);
    expect(result.unaddressed.length).toBeGreaterThan(0);
    const latin = (text: string): string[] => (text.replace(/«[^»]*»|[\w.]+@[\w.]+|\bKR\d\b|\bOKR\b/g, '').match(/[A-Za-z]{2,}/g) ?? []);
    const russian: string[] = [];
    for (const mail of result.mails) {
      expect(renderMessage(mail.subjectMessage)).toBe(mail.subject);
      russian.push(renderMessage(mail.subjectMessage, 'ru'));
      for (const item of mail.items) {
        expect(renderMessage(item.summaryMessage as Message)).toBe(item.summary);
        russian.push(renderMessage(item.summaryMessage as Message, 'ru'));
        if (item.explain !== '') {
          expect(renderMessage(item.explainMessage as Message)).toBe(item.explain);
          expect(renderMessage(item.staleMessage as Message)).toBe(item.staleText);
          russian.push(renderMessage(item.explainMessage as Message, 'ru'), renderMessage(item.staleMessage as Message, 'ru'));
        }
      }
    }
    for (const u of result.unaddressed) {
      expect(renderMessage(u.reasonMessage)).toBe(u.reason);
      russian.push(renderMessage(u.reasonMessage, 'ru'));
    }
    for (const text of russian) expect(latin(text), text).toEqual([]);
    expect(russian).toContain('Сводка OKR за неделю с 2026-02-16: отстаёт: 2');
    expect(russian.some((t) => t.startsWith('Самая слабая ветка: Рост › Выручка KR1, 5'))).toBe(true);
  });
});
