import { civilDay } from '../time/civilDay';
import { zonedParts } from '../time/zonedParts';
import type { QuietHours, WeeklySchedule } from './rule';

export interface LocalClock {
  /** "2026-03-30" in the zone. */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
}

/** The local date, weekday and hour of an instant in a zone (daylight saving included). */
export function localClock(asOf: number, timeZone: string): LocalClock {
  const p = zonedParts(asOf, timeZone);
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  const weekday = ((((civilDay(asOf, timeZone) + 3) % 7) + 7) % 7) + 1;
  const date = `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
  return { date, weekday, hour: p.hour };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The weekly occasion that has arrived at `asOf`, named by its local date, or null.
 * An occasion lasts from its hour to the end of that local day, so an hourly trigger that
 * runs late (or skips an hour) still finds it, and every run that day names the same
 * occasion: actions keyed on it happen once.
 */
export function scheduleSlot(schedule: WeeklySchedule, asOf: number, timeZone: string): string | null {
  const clock = localClock(asOf, timeZone);
  return clock.weekday === schedule.weekday && clock.hour >= schedule.hour ? clock.date : null;
}

/** Whether `asOf` falls in the quiet hours [from, to) of the zone; they may wrap midnight. */
export function isQuiet(quiet: QuietHours | undefined, asOf: number, timeZone: string): boolean {
  if (quiet === undefined || quiet.from === quiet.to) return false;
  const { hour } = localClock(asOf, timeZone);
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}
