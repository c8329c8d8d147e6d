/**
 * Row numbers by ID text, for linking a cascade: the first row with an ID holds it.
 *
 * Why not a `Map<string, number>`: on a million IDs the Map was most of the cost of
 * building a cascade (it grows by rehashing, and keeps its entries apart from its buckets).
 * This table is sized once for all rows and keeps each slot's hash next to its row in one
 * Int32Array, so a probe reads one cache line and only touches the ID text when the full
 * 32-bit hashes agree (then `===`, which is a pointer compare when the parent ID is the very
 * string of the row's ID, as it is when nodes share their strings).
 *
 * Open addressing with linear probing, load at most one half; nothing is ever removed.
 */
export class IdIndex {
  /** Pairs [hash, row + 1]; row + 1 = 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * @param ids the ID text of every row; `add(row)` indexes `ids[row]`.
   * @param hash the hash of an ID; replaceable only so tests can force collisions.
   */
  constructor(
    private readonly ids: readonly string[],
    private readonly hash: (id: string) => number = hashId,
  ) {
    let capacity = 8;
    while (capacity < ids.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /**
   * Indexes row `row` under its ID unless an earlier row holds that ID. Returns the row
   * holding the ID afterwards: `row` itself when it is the first, else the first row.
   */
  add(row: number): number {
    const { ids, slots, mask } = this;
    const id = ids[row];
    const h = this.hash(id);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const held = slots[2 * s + 1] - 1;
      if (held < 0) {
        slots[2 * s] = h;
        slots[2 * s + 1] = row + 1;
        return row;
      }
      if (slots[2 * s] === h && ids[held] === id) return held;
    }
  }

  /** The row holding `id`, or −1 when no row has it. */
  rowOf(id: string): number {
    const { ids, slots, mask } = this;
    const h = this.hash(id);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const held = slots[2 * s + 1] - 1;
      if (held < 0) return -1;
      if (slots[2 * s] === h && ids[held] === id) return held;
    }
  }
}

/**
 * A 32-bit hash of the UTF-16 code units of `id`: a multiply–xorshift per unit, then a
 * final avalanche so that IDs differing only in their last characters (N1, N2, …, the usual
 * case) spread over the low bits the table indexes by.
 */
export function hashId(id: string): number {
  // Plain-JS callers can pass numbers, null or undefined despite the type: they share one
  // hash and are then told apart by `===`, as a Map would (NaN aside), without a TypeError.
  if (typeof id !== 'string') return 0;
  let h = id.length;
  for (let k = 0; k < id.length; k++) h = Math.imul(h + id.charCodeAt(k), 0x9e3779b1) ^ (h >>> 15);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
