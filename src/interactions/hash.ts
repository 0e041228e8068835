/**
 * Open-addressing hash tables over typed arrays for the aggregation hot path: no boxed keys, no
 * per-entry objects. Internal.
 */

/** Maps a pair of non-negative int32 (a, b) to a dense id; the pairs are stored by the caller. @internal */
export class PairIndex {
  private table: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  private static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) >>> 0;
  }

  /** The id of (a, b), or -1. `as`/`bs` hold the pair of each id. */
  get(a: number, b: number, as: Int32Array, bs: Int32Array): number {
    let i = PairIndex.hash(a, b) & this.mask;
    for (;;) {
      const id = this.table[i]!;
      if (id < 0) return -1;
      if (as[id] === a && bs[id] === b) return id;
      i = (i + 1) & this.mask;
    }
  }

  /** Records id for (a, b) (not present). */
  insert(a: number, b: number, id: number, as: Int32Array, bs: Int32Array): void {
    if ((this.count + 1) * 10 > this.table.length * 7) this.rehash(as, bs);
    let i = PairIndex.hash(a, b) & this.mask;
    while (this.table[i]! >= 0) i = (i + 1) & this.mask;
    this.table[i] = id;
    this.count++;
  }

  private rehash(as: Int32Array, bs: Int32Array): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    for (let k = 0; k < old.length; k++) {
      const id = old[k]!;
      if (id < 0) continue;
      let i = PairIndex.hash(as[id]!, bs[id]!) & this.mask;
      while (this.table[i]! >= 0) i = (i + 1) & this.mask;
      this.table[i] = id;
    }
  }
}

/** A set of (id, day) pairs of int32, stored in two Int32Arrays (8 bytes a slot, load <= 0.7). @internal */
export class PairSet {
  private ids: Int32Array;
  private days: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.ids = new Int32Array(size).fill(-1);
    this.days = new Int32Array(size);
    this.mask = size - 1;
  }

  private static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) >>> 0;
  }

  /** Adds (id, day); returns true when it was not there. id >= 0. */
  add(id: number, day: number): boolean {
    let i = PairSet.hash(id, day) & this.mask;
    for (;;) {
      const x = this.ids[i]!;
      if (x < 0) break;
      if (x === id && this.days[i] === day) return false;
      i = (i + 1) & this.mask;
    }
    this.ids[i] = id;
    this.days[i] = day;
    this.size++;
    if (this.size * 10 > this.ids.length * 7) this.rehash();
    return true;
  }

  private rehash(): void {
    const oldIds = this.ids;
    const oldDays = this.days;
    this.ids = new Int32Array(oldIds.length * 2).fill(-1);
    this.days = new Int32Array(oldIds.length * 2);
    this.mask = this.ids.length - 1;
    for (let k = 0; k < oldIds.length; k++) {
      const id = oldIds[k]!;
      if (id < 0) continue;
      let i = PairSet.hash(id, oldDays[k]!) & this.mask;
      while (this.ids[i]! >= 0) i = (i + 1) & this.mask;
      this.ids[i] = id;
      this.days[i] = oldDays[k]!;
    }
  }
}
