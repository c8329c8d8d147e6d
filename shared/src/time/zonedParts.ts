import { ValueError } from '../values/ValueError';

/** The wall-clock reading of an instant in a time zone. Months are 1-12. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a DateTimeFormat is far slower than using one; a plan has one or two zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new ValueError(
        'an IANA time zone such as "UTC", "Europe/Paris" or "America/New_York"',
        timeZone,
        'Set the time zone option (the spreadsheet or dashboard time zone) to an IANA name.',
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Reads the calendar date and clock time of an instant in a time zone.
 *
 * Day, month and quarter boundaries belong to the organisation's zone, not the
 * server's: a check-in at 23:30 in New York is that day there, the next day in UTC.
 * Intl is the only zone database available in both browsers and Apps Script, so it
 * is the source of truth; UTC skips it because it is the common, hot case.
 */
export function zonedParts(time: number, timeZone = 'UTC'): ZonedParts {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    const d = new Date(time);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  const parts: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(time)) {
    if (part.type in parts) parts[part.type as keyof ZonedParts] = Number(part.value);
  }
  if (parts.hour === 24) parts.hour = 0; // older engines print midnight as 24 despite h23
  return parts;
}
