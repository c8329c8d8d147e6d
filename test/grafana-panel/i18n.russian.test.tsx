// @vitest-environment jsdom
/**
 * The panel in a Russian Grafana: i18next started in ru-RU with the panel's ru-RU file loaded into its
 * namespace (what Grafana does before it imports module.js), then module.ts runs initTranslations.
 * Overlay, bullets and tree render with no English word of the panel's catalogue left in what a person
 * reads (text, titles, aria-labels), user data aside; the options pane is Russian too.
 * And when the translations are not there, the panel is English.
 */
import { canvasText, installDomStubs } from './dom-stubs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render } from '@testing-library/react';
import { PanelOptionsEditorBuilder, createTheme, fieldReducers, ThemeContext, type PanelPlugin } from '@grafana/data';
import i18next from 'i18next';
import React from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlignedFieldConfig, AlignedOptions } from '../../grafana-panel/src/types';
import { initEditorRegistry, NOW, options, panelProps, q3Series } from './fixtures';
import { okrFrame, panelOptions, panelProps as treePanelProps, smallCascadeRows } from './tree.fixtures';

const LOCALES = join(__dirname, '../../grafana-panel/src/locales');
const catalogue = (language: string) => JSON.parse(readFileSync(join(LOCALES, language, 'aligned-okr-panel.json'), 'utf8'));
const flat = (node: object): string[] => Object.values(node).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));

/** Latin words of 3+ letters in the English catalogue that the Russian catalogue does not also use (OKR, KPI, refId, YAML…). */
const russianLatin = new Set(flat(catalogue('ru-RU')).flatMap((t) => t.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()));
const ENGLISH_WORDS = new Set(
  flat(catalogue('en-US'))
    .map((t) => t.replace(/\{\{\w+\}\}/g, ' '))
    .flatMap((t) => t.match(/[A-Za-z]{3,}/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !russianLatin.has(w))
);

/** Every text a person reads or hears: visible text, tooltips (title) and aria-labels, minus user data. */
function readable(container: HTMLElement, userData: string[]): string {
  const parts = [container.textContent ?? ''];
  container.querySelectorAll('[title],[aria-label]').forEach((el) => parts.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? ''));
  parts.push(...canvasText);
  let text = parts.join(' \n ');
  for (const data of userData) text = text.split(data).join(' ');
  return text;
}

function englishLeft(text: string): string[] {
  return [...new Set((text.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()).filter((w) => ENGLISH_WORDS.has(w)))];
}

const REDUCER_IDS = new Set(fieldReducers.list().map((r) => r.id));

let plugin: PanelPlugin<AlignedOptions, AlignedFieldConfig>;

beforeAll(async () => {
  installDomStubs(); // again: tree.fixtures' own stubs replace the recording canvas
  initEditorRegistry();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  // As Grafana starts its i18next: the user's language among the supported ones, resources loaded later.
  await i18next.init({ lng: 'ru-RU', fallbackLng: 'en-US', supportedLngs: ['en-US', 'ru-RU'], resources: {}, partialBundledLanguages: true, returnEmptyString: false });
  i18next.addResourceBundle('ru-RU', 'aligned-okr-panel', catalogue('ru-RU'), true, false);
  // Grafana's own ru-RU texts are loaded by now in a real Grafana, which makes ru-RU its resolved language.
  await i18next.changeLanguage('ru-RU');
  plugin = (await import('../../grafana-panel/src/module')).plugin;
  const { loadModeViews } = await import('../../grafana-panel/src/components/AlignedPanel');
  await loadModeViews();
});
afterEach(() => {
  cleanup();
  canvasText.length = 0;
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 250));
  vi.useRealTimers();
});

async function show(element: React.ReactElement, mode: 'light' | 'dark' = 'light') {
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<ThemeContext.Provider value={createTheme({ colors: { mode } })}>{element}</ThemeContext.Provider>);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  return result!;
}

describe('the panel in Russian', () => {
  it('has an English vocabulary to look for', () => {
    expect(ENGLISH_WORDS.size).toBeGreaterThan(150);
    expect(ENGLISH_WORDS).toContain('expand');
    expect(ENGLISH_WORDS).toContain('expected');
  });

  it('overlay: header, legend, chart labels and tooltips hold no English', async () => {
    const Panel = plugin.panel!;
    const opts = options({ keyResult: { target: '1200' } });
    const { container } = await show(<Panel {...panelProps([q3Series('Leads', 100, 10)], opts)} />);
    // "All series selected" is @grafana/ui's legend, which Grafana translates itself.
    const text = readable(container, ['Leads', 'All series selected']);
    expect(text).toContain('Цель');
    expect(text).toMatch(/По плану|Под угрозой|Отстаёт/);
    expect(text).toContain('Идеальный темп');
    expect(englishLeft(text)).toEqual([]);
  });

  it('overlay message ("Show as Tree") holds no English', async () => {
    const Panel = plugin.panel!;
    const { container } = await show(<Panel {...panelProps([q3Series()], options({ mode: 'overlay' }))} />);
    const noTarget = readable(container, []);
    expect(noTarget).toContain('Цель не задана');
    expect(englishLeft(noTarget)).toEqual([]);
    cleanup();
    const rows = await show(<Panel {...treePanelProps([okrFrame(smallCascadeRows())], panelOptions('overlay'))} />);
    const okr = readable(rows.container, ['"ID"', '"Parent"', '"Level"', '"Type"', '"Title"', '"Owner"', '"Kind"', '"Baseline"']);
    expect(okr).toContain('Показать деревом');
    expect(englishLeft(okr)).toEqual([]);
  });

  const cascadeData = ['Make ABC profitable', 'Grow sales', 'Cut costs', 'Leads per month', 'Deals closed', 'Cost per unit', 'Suppliers renegotiated', 'CEO', 'Sales', 'Ops', 'Ann', 'Bob'];

  it('bullets: figures, legend, statuses and explanations hold no English', async () => {
    const Panel = plugin.panel!;
    const { container } = await show(<Panel {...treePanelProps([okrFrame(smallCascadeRows())], panelOptions('bullets'))} />, 'dark');
    const text = readable(container, cascadeData);
    expect(text).toContain('темп на сегодня');
    expect(text).toMatch(/Отстаёт|Под угрозой|По плану/);
    expect(englishLeft(text)).toEqual([]);
  });

  it('tree: toolbar, tags, statuses, scores and explanations hold no English', async () => {
    const Panel = plugin.panel!;
    const { container } = await show(<Panel {...treePanelProps([okrFrame(smallCascadeRows())], panelOptions('tree', { tree: { ...panelOptions('tree').tree, showScore: true } } as Partial<AlignedOptions>))} />);
    const text = readable(container, cascadeData);
    expect(text).toContain('Развернуть все');
    expect(text).toMatch(/Миссия|Год/);
    expect(englishLeft(text)).toEqual([]);
  });

  it('options pane: names, descriptions, categories and choices hold no English', () => {
    // The builder calls Grafana makes when it opens the options pane.
    const builder = new PanelOptionsEditorBuilder<AlignedOptions>();
    plugin.getPanelOptionsSupplier()(builder, { data: [] });
    const items = builder.getItems();
    expect(items.length).toBeGreaterThan(30);
    const words: string[] = [];
    for (const item of items) {
      words.push(item.name, item.description ?? '', ...(item.category ?? []));
      const settings = item.settings as { options?: Array<{ value?: unknown; label?: string; description?: string }>; placeholder?: string } | undefined;
      // Grafana's reducers ("Last *", "Mean"…) are Grafana's words, named and translated by Grafana.
      for (const o of settings?.options ?? []) if (!REDUCER_IDS.has(String(o.value))) words.push(o.label ?? '', o.description ?? '');
      words.push(settings?.placeholder ?? '');
    }
    for (const field of plugin.fieldConfigRegistry.list().filter((f) => f.id.startsWith('custom.'))) {
      words.push(field.name, field.description ?? '', ...(field.category ?? []));
    }
    const text = words.join('\n');
    expect(text).toContain('Ключевой результат');
    // Grafana's own reducer names ("Last *") and example identifiers stay as Grafana and the user write them.
    const left = englishLeft(text.replace(/Last \*|Total|Count|Partition by values|Prepare time series|Multi-frame time series|Convert field type|Time series|Variables|provisioning\/alerting/g, ''));
    expect(left).toEqual([]);
  });
});

describe('the alert rules the panel writes, in Russian', () => {
  it('describes every kind of condition, the reducer caveat and the range in Russian', async () => {
    const { alertRuleSpec } = await import('../../grafana-panel/src/alerting/ruleSpec');
    const source = { query: { refId: 'A' }, datasourceUid: 'prom-1', dashboardUid: 'dash-9', panelId: 4 };
    const base = { id: 'KR1', title: 'Регистрации', owner: 'Аня', target: 1200, low: null, high: null, reducer: 'median', refId: 'A', statusLabel: 'Под угрозой', explain: '42 %', periodMs: 92 * 86_400_000 };
    const kinds = [
      { kind: 'increase', says: /ниже цели 1200/ },
      { kind: 'decrease', says: /выше цели 1200/ },
      { kind: 'above', says: /опускается ниже 1200/ },
      { kind: 'below', says: /поднимается выше 1200/ },
      { kind: 'range', low: 5, high: 9, says: /из диапазона от 5 до 9/ },
      { kind: 'milestone', says: /веха не выполнена/ },
    ] as const;
    for (const { kind, says, ...bounds } of kinds) {
      const spec = alertRuleSpec({ ...base, kind, ...bounds }, source);
      if ('unavailable' in spec) throw new Error(`${kind}: ${spec.unavailable}`);
      const description = spec.annotations.description;
      expect(description, kind).toMatch(says);
      expect(description, kind).toMatch(/«median»/);
      expect(description, kind).toMatch(/за последние 92 сут\./);
      // Grafana's expression and reducer names stay as Grafana writes them; no sentence of the English catalogue is left.
      expect(englishLeft(description.replace(/Math|Threshold|Reduce|median|last/g, '')), kind).toEqual([]);
    }
  });
});
