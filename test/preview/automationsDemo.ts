/**
 * What the preview's automations page shows (/automations.html, data at /demo/automations.json):
 * - Grafana: the alert rule "Create alert rule" builds for the ABC demo's first key result (the
 *   prefill object and the link), and the provisioning YAML the export gives for the demo dashboard;
 * - Sheets: the mails the default rules would send at the next Monday 09:30 (the weekly check-in
 *   reminders and, with a leadership address, the digest) on the ABC OKR rows, and the log rows
 *   they would append. Everything is computed by the same code the products run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_RULES,
  attachCheckIns,
  buildCascade,
  cascadeDigest,
  evaluateCascade,
  generateAbcDemo,
  parseCheckIns,
  parseRows,
  planMails,
  takeSnapshot,
  type Rule,
} from '@aligned/core';
import { buildDemoAlertRules, demoAlertRuleSpecs } from '../../grafana-panel/provisioning/generate-alerting';
import { newAlertRuleUrl, ruleFormDefaults } from '../../grafana-panel/src/alerting/prefill';
import { renderMail } from '../../sheets-addon/src/automations/mail-body';
import { abcDemoParams } from './demoData';

const here = fileURLToPath(new URL('.', import.meta.url));
const DAY = 86_400_000;

export interface AutomationsPreview {
  grafana: { title: string; url: string; defaults: unknown; yaml: string };
  sheets: { at: string; mails: Array<{ to: string; subject: string; body: string }>; log: string[][] };
}

export function automationsPreview(now: number = Date.now()): AutomationsPreview {
  const dashboard = JSON.parse(readFileSync(join(here, '../../grafana-panel/provisioning/dashboards/aligned-demo.json'), 'utf8'));
  const [first] = demoAlertRuleSpecs(dashboard);
  const grafana = { title: first.title, url: newAlertRuleUrl(first, '', '/d/aligned-okr-demo'), defaults: ruleFormDefaults(first), yaml: buildDemoAlertRules(dashboard) };

  // The next Monday 09:30 UTC (today, when it is Monday before the evening).
  const today = Math.floor(now / DAY) * DAY;
  const weekday = (new Date(today).getUTCDay() + 6) % 7; // 0 = Monday
  const monday = today + ((7 - weekday) % 7) * DAY + 9.5 * 3_600_000;
  // The plan the other preview pages show (abcDemoParams), with "today" as its last day of data.
  const params = abcDemoParams(now);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const demo = generateAbcDemo({ seed: params.seed, start: iso(params.start), years: params.years, asOf: iso(params.asOf) });
  const parsed = parseRows(demo.rows);
  attachCheckIns(parsed.nodes, parseCheckIns(demo.checkIns).checkIns);
  const asOf = monday;
  const cascade = buildCascade(parsed.nodes);
  const evaluations = evaluateCascade(cascade, { asOf });
  const snapshot = takeSnapshot(cascade.nodes, evaluations, { asOf });
  const rules: Rule[] = DEFAULT_RULES.map((r) => (r.id === 'weekly-digest' ? { ...r, enabled: true, action: { notifyOwner: false, addresses: ['leadership@abc.example'] } } : r));
  const plan = planMails(null, snapshot, rules, {
    asOf,
    timeZone: 'UTC',
    addressOf: (kr) => (kr.owner ? `${kr.owner.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}@abc.example` : ''),
    alreadySent: () => false,
    digestLines: () => cascadeDigest(cascade, evaluations).lines,
  });
  const links = { spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/…', spreadsheetName: 'ABC OKRs' };
  const mails = plan.mails.map((m) => ({ to: m.to, content: renderMail(m, links), mail: m }));
  const at = new Date(asOf).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return {
    grafana,
    sheets: {
      at,
      mails: mails.map((m) => ({ to: m.to, subject: m.content.subject, body: m.content.body })),
      log: mails.flatMap((m) => m.mail.items.filter((item, i, all) => all.findIndex((x) => x.eventKey === item.eventKey) === i).map((item) => [at, m.mail.ruleName, item.eventKey, item.krId, m.to, m.content.subject, 'would be sent'])),
    },
  };
}
