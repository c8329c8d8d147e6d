import { zonedParts } from '../time/zonedParts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day as people write it in a sentence, "31 Dec", in the organisation's zone. */
export function shortDay(time: number, timeZone = 'UTC'): string {
  const p = zonedParts(time, timeZone);
  return `${p.day} ${MONTHS[p.month - 1]}`;
}
