/**
 * What the automations remember, in the document's properties (shared by everyone who edits
 * the file): whether they are on, the rules, the last evaluation to compare the next one with,
 * events held back by quiet hours, and the change-trigger bookkeeping. A property value may
 * hold 9 KB, so the snapshot is split over numbered keys.
 */
import { DEFAULT_RULES, fromRecord, parseRules, renderMessage, toRecord, type AutomationEvent, type Locale, type PriorSnapshot, type Rule } from '../commands/core';
import { UI_TEXT } from '../i18n/index';

type Properties = GoogleAppsScript.Properties.Properties;

export const KEYS = {
  on: 'aligned.automations.on',
  rules: 'aligned.automations.rules',
  snapshotParts: 'aligned.automations.snapshot.parts',
  snapshotPart: 'aligned.automations.snapshot.',
  pending: 'aligned.automations.pending',
  refresh: 'aligned.refresh',
  rebuildOnChange: 'aligned.rebuild.onChange',
  rebuildRequested: 'aligned.rebuild.requestedAt',
  rebuildDone: 'aligned.rebuild.doneAt',
} as const;

/** Characters per property value: 9 KB of UTF-8, with room for multi-byte IDs. */
const PART_CHARS = 2500;

export function documentProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

export function automationsOn(props: Properties = documentProperties()): boolean {
  return props.getProperty(KEYS.on) === '1';
}

export function setAutomationsOn(on: boolean, props: Properties = documentProperties()): void {
  if (on) props.setProperty(KEYS.on, '1');
  else props.deleteProperty(KEYS.on);
}

/** The stored rules (the defaults until someone saves), with problems for any that cannot run. */
export function loadRules(props: Properties = documentProperties(), lang: Locale = 'en'): { rules: Rule[]; problems: string[]; json: string } {
  const text = props.getProperty(KEYS.rules);
  if (text === null) return { rules: [...DEFAULT_RULES], problems: [], json: JSON.stringify(DEFAULT_RULES, null, 2) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { rules: [], problems: [UI_TEXT[lang].rulesUnreadable], json: text };
  }
  const { rules, problemMessages } = parseRules(value);
  return { rules, problems: problemMessages.map((p) => renderMessage(p.i18n, lang)), json: text };
}

/** Saves rules typed in the sidebar; refuses (with every problem) rather than keep half of them. */
export function saveRules(text: string, props: Properties = documentProperties(), lang: Locale = 'en'): Rule[] {
  const words = UI_TEXT[lang];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(words.rulesNotJson((error as Error).message), { cause: error });
  }
  const { rules, problemMessages } = parseRules(value);
  if (problemMessages.length > 0) throw new Error(`${problemMessages.map((p) => renderMessage(p.i18n, lang)).join('\n')}\n${words.nothingSaved}`);
  const json = JSON.stringify(rules);
  if (json.length > PART_CHARS * 3) throw new Error(words.rulesTooLong(PART_CHARS * 3, json.length));
  props.setProperty(KEYS.rules, json);
  return rules;
}

export function loadSnapshot(props: Properties = documentProperties()): PriorSnapshot | null {
  const parts = Number(props.getProperty(KEYS.snapshotParts) ?? '0');
  if (!Number.isInteger(parts) || parts <= 0) return null;
  let text = '';
  for (let i = 0; i < parts; i++) text += props.getProperty(KEYS.snapshotPart + i) ?? '';
  try {
    return fromRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

export function saveSnapshot(snapshot: PriorSnapshot, props: Properties = documentProperties()): void {
  const text = JSON.stringify(toRecord(snapshot));
  const values: Record<string, string> = {};
  const parts = Math.max(1, Math.ceil(text.length / PART_CHARS));
  for (let i = 0; i < parts; i++) values[KEYS.snapshotPart + i] = text.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  values[KEYS.snapshotParts] = String(parts);
  const before = Number(props.getProperty(KEYS.snapshotParts) ?? '0');
  props.setProperties(values);
  for (let i = parts; i < before; i++) props.deleteProperty(KEYS.snapshotPart + i);
}

export function loadPending(props: Properties = documentProperties()): AutomationEvent[] {
  try {
    const value = JSON.parse(props.getProperty(KEYS.pending) ?? '[]');
    return Array.isArray(value) ? (value as AutomationEvent[]) : [];
  } catch {
    return [];
  }
}

/** Events deferred by quiet hours; the oldest are dropped (and logged by the caller) beyond what fits. */
export function savePending(events: readonly AutomationEvent[], props: Properties = documentProperties()): AutomationEvent[] {
  const kept = [...events];
  let text = JSON.stringify(kept);
  while (text.length > PART_CHARS && kept.length > 0) {
    kept.shift();
    text = JSON.stringify(kept);
  }
  if (kept.length === 0) props.deleteProperty(KEYS.pending);
  else props.setProperty(KEYS.pending, text);
  return events.slice(0, events.length - kept.length);
}
