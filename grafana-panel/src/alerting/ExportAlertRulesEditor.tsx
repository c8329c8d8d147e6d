import type { StandardEditorProps } from '@grafana/data';
import { Button, Stack, Text } from '@grafana/ui';
import React, { useState } from 'react';
import type { AlertRulesExport } from './AlertingContext';
import { loadBuilder } from './loadBuilder';
import { t } from '../i18n/t';

/**
 * Options pane ▸ Alerting ▸ Export alert rules: downloads Grafana's file-provisioning YAML for
 * every key result of the panel (the same rules "Create alert rule" opens), to drop into
 * provisioning/alerting/. Stores nothing in the panel's options.
 */
export function ExportAlertRulesEditor({ context }: StandardEditorProps<unknown>) {
  const [note, setNote] = useState('');
  const source = (context.instanceState as Partial<AlertRulesExport> | undefined)?.alertRules;
  const download = async () => {
    if (!source) return;
    const [{ specs, skipped }, { provisioningYaml }] = await Promise.all([source(), loadBuilder()]);
    if (specs.length === 0) {
      setNote(t('alerting.export.none', 'No rules to export. {{skipped}}', { skipped: skipped.join(' '), interpolation: { escapeValue: false } }));
      return;
    }
    const yaml = provisioningYaml(specs, { folder: 'OKRs', group: 'Aligned OKRs', interval: '10m' });
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'aligned-alert-rules.yaml';
    a.click();
    URL.revokeObjectURL(url);
    const exported = t('alerting.export.done', '', {
      count: specs.length,
      defaultValue_one: '{{count}} rule exported.',
      defaultValue_other: '{{count}} rules exported.',
    });
    setNote(skipped.length ? `${exported} ${t('alerting.export.left-out', 'Left out: {{skipped}}', { skipped: skipped.join(' '), interpolation: { escapeValue: false } })}` : exported);
  };
  return (
    <Stack direction="column" gap={1}>
      <Button size="sm" variant="secondary" icon="download-alt" onClick={() =>
          download().catch((error: unknown) =>
            setNote(
              t('alerting.export.failed', 'Export failed: {{error}}. Reload the dashboard and try again.', {
                error: error instanceof Error ? error.message : String(error),
                interpolation: { escapeValue: false },
              })
            )
          )
        } disabled={!source}>
        {t('alerting.export.button', 'Export alert rules (YAML)')}
      </Button>
      <Text color="secondary" variant="bodySmall">
        {note ||
          (source
            ? t('alerting.export.hint', 'Grafana file provisioning: put the file in provisioning/alerting/.')
            : t('alerting.export.waiting', 'Shows once the panel has drawn its data.'))}
      </Text>
    </Stack>
  );
}
