/** One panel of the preview dashboard, as a dashboard's JSON would describe it plus its query results. */
import type { DataFrame, FieldConfigSource } from '@grafana/data';

export interface DashboardPanel {
  id: number;
  title: string;
  /** Size of the panel body the plugin draws in (the frame adds its header and padding). */
  width: number;
  height: number;
  /** Stored options: the plugin's defaults fill in the rest, as in Grafana. */
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  /** The panel's query results, before field overrides. */
  frames: DataFrame[];
}
