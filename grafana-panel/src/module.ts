import { FieldConfigProperty, PanelPlugin } from '@grafana/data';
import { t } from './i18n/t';
import { ExportAlertRulesEditor } from './alerting/ExportAlertRulesEditor';
import { AlignedPanel } from './components/AlignedPanel';
import { addFieldConfig } from './fieldConfig';
import { initTranslations } from './i18n/initTranslations';
import { migrateOptions, shouldMigrate } from './migrations';
import { addBulletsOptions } from './modes/bullets/options';
import { addTreeOptions } from './modes/tree/options';
import { addCommonOptions, addOverlayOptions } from './options';
import type { AlignedFieldConfig, AlignedOptions } from './types';

// Before the plugin is made, as Grafana documents for plugin translations (12.1 and later); never throws.
await initTranslations();

/** The Aligned OKR panel: Grafana loads this export from dist/module.js. */
export const plugin = new PanelPlugin<AlignedOptions, AlignedFieldConfig>(AlignedPanel)
  .setPanelOptions((builder) => {
    addCommonOptions(builder);
    addOverlayOptions(builder);
    addBulletsOptions(builder);
    addTreeOptions(builder);
    builder.addCustomEditor({ id: 'alertRules', path: 'alertRules', name: t('options.alert-rules.name', 'Export alert rules'), category: [t('options.category.alerting', 'Alerting')], editor: ExportAlertRulesEditor });
  })
  .useFieldConfig({
    standardOptions: {
      [FieldConfigProperty.Color]: { defaultValue: { mode: 'palette-classic' } },
    },
    useCustomConfig: addFieldConfig,
  })
  .setMigrationHandler(migrateOptions, shouldMigrate)
  // The state of alert rules linked to this panel (see alerting/), shown beside "Create alert rule";
  // the dashboard's annotations, drawn as markers on the overlay (modes/overlay/annotationMarks.ts).
  .setDataSupport({ alertStates: true, annotations: true });
