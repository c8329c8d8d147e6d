/**
 * One source-map segment's fields from its base64 VLQ text (the Source Map v3 encoding): each field is
 * a signed number in 5-bit groups, low group first, bit 6 meaning "more follows". Used by the catalog
 * check on module.js.map and by the bundle-size and CPU-profile benches.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`mappings: "${char}" is not base64 VLQ`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
