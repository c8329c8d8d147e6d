/**
 * How Sheets shows a cell under a number format pattern, for the patterns the add-on sets
 * ("0%", "0.0%", "0.0", "#,##0", "#,##0.00", "yyyy-mm-dd", "yyyy-mm-dd hh:mm") and the
 * General format. Display only: the value itself is the one Code.js wrote.
 * https://developers.google.com/sheets/api/guides/formats
 */
/**
 * The spreadsheet locale's number style: Sheets shows "#,##0" as "1,200" in en_GB and as
 * "1 200" in ru_RU (the pattern is the same; the separators are the locale's).
 */
let numberLocale = 'en-US';
export function setNumberLocale(tag: 'en-US' | 'ru-RU'): void {
  numberLocale = tag;
}

const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Whether a pattern is a date/time one (it has y, d, h or s outside quotes). */
export function isDatePattern(pattern: string): boolean {
  return /[ydhs]/i.test(pattern.replace(/"[^"]*"/g, ''));
}

/** A date in the spreadsheet's time zone; the preview's spreadsheet is in UTC. */
function formatDate(date: Date, pattern: string): string {
  let afterHour = false;
  return pattern.replace(DATE_TOKEN, (token) => {
    switch (token) {
      case 'yyyy':
        return String(date.getUTCFullYear());
      case 'yy':
        return pad(date.getUTCFullYear() % 100);
      case 'mmmm':
        return MONTHS[date.getUTCMonth()];
      case 'mmm':
        return MONTHS[date.getUTCMonth()].slice(0, 3);
      case 'mm':
      case 'm':
        // "mm" after an hour is minutes, as in Sheets.
        if (afterHour) return token === 'mm' ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
        return token === 'mm' ? pad(date.getUTCMonth() + 1) : String(date.getUTCMonth() + 1);
      case 'dd':
        return pad(date.getUTCDate());
      case 'd':
        return String(date.getUTCDate());
      case 'hh':
      case 'h':
        afterHour = true;
        return token === 'hh' ? pad(date.getUTCHours()) : String(date.getUTCHours());
      case 'ss':
        return pad(date.getUTCSeconds());
      default:
        return String(date.getUTCSeconds());
    }
  });
}

/** "0", "0.0", "#,##0.00", "0%", `0.0" projected"`: required and optional (#) decimals, grouping, percent, quoted text. */
function formatNumber(value: number, pattern: string): string {
  const section = pattern.split(';')[value < 0 && pattern.includes(';') ? 1 : 0];
  const percent = section.includes('%');
  const numeric = section.replace(/"[^"]*"|[^0#.,]/g, '');
  const [, decimals = ''] = numeric.split('.');
  const required = (decimals.match(/0/g) ?? []).length;
  const optional = (decimals.match(/#/g) ?? []).length;
  const grouping = numeric.split('.')[0].includes(',');
  const scaled = percent ? value * 100 : value;
  const text = scaled.toLocaleString(numberLocale, {
    minimumFractionDigits: required,
    maximumFractionDigits: required + optional,
    useGrouping: grouping,
  });
  const prefix = section.slice(0, section.search(/[0#]/)).replace(/"/g, '');
  // Quoted text after the digits, as in the cascade's `0.0" projected"`.
  const suffix = (/"([^"]*)"\s*$/.exec(section.slice(section.search(/[0#]/)))?.[1]) ?? '';
  return `${prefix}${text}${percent ? '%' : ''}${suffix}`;
}

/** Sheets' General format: up to 10 significant digits, no grouping, scientific for huge and tiny numbers. */
function general(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text = magnitude >= 1e15 || magnitude < 1e-9 ? value.toExponential(9) : value.toPrecision(10);
  const [mantissa, exponent] = text.split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  const shown = exponent === undefined ? trimmed : `${trimmed}E${exponent.startsWith('-') ? exponent : `+${exponent.replace('+', '')}`}`;
  return numberLocale === 'ru-RU' ? shown.replace('.', ',') : shown;
}

/** What a cell shows: the value under its number format, or as Sheets' General format shows it. */
export function formatValue(value: unknown, pattern: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = pattern && pattern !== 'General' ? pattern : null;
  if (isDate(value)) {
    return formatDate(value, format && isDatePattern(format) ? format : 'yyyy-mm-dd');
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '#NUM!';
    if (format && !isDatePattern(format)) return formatNumber(value, format);
    return general(value);
  }
  return String(value);
}
