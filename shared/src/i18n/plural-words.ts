/** Russian word forms several templates count with (one place, so the bundle carries them once). */
export const KEY_RESULTS = { one: 'ключевой результат', few: 'ключевых результата', many: 'ключевых результатов', other: 'ключевого результата' };
export const ROWS = { one: 'строка', few: 'строки', many: 'строк', other: 'строки' };
export const DAYS = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };
