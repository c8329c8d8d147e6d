/**
 * Grafana's time zone setting as an IANA zone the core understands.
 * Grafana stores '' or 'browser' for the viewer's zone and 'utc' for UTC.
 */
export function toIanaTimeZone(grafanaTimeZone: string | undefined): string {
  if (!grafanaTimeZone || grafanaTimeZone === 'browser') {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }
  if (grafanaTimeZone.toLowerCase() === 'utc') return 'UTC';
  return grafanaTimeZone;
}
