/**
 * Open-addressing hash tables over typed arrays for the aggregation hot path: no boxed keys, no
 * per-entry objects, and each slot's key and value side by side so a lookup touches one cache
 * line. Internal.
 */

function mix(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

/** Maps a pair of int32 (a, b) to a value >= 0; slots hold (a, b, value), value -1 = empty. @internal */
export class PairIndex {
  private table: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size * 3).fill(-1);
    this.mask = size - 1;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    const t = this.table;
    let i = mix(a, b) & this.mask;
    for (;;) {
      const j = i * 3;
      const id = t[j + 2]!;
      if (id < 0) return -1;
      if (t[j] === a && t[j + 1] === b) return id;
      i = (i + 1) & this.mask;
    }
  }

  /** Records value for (a, b), which must not be present. */
  insert(a: number, b: number, value: number): void {
    if ((this.count + 1) * 10 > (this.mask + 1) * 7) this.rehash();
    this.place(this.table, this.mask, a, b, value);
    this.count++;
  }

  private place(t: Int32Array, mask: number, a: number, b: number, value: number): void {
    let i = mix(a, b) & mask;
    while (t[i * 3 + 2]! >= 0) i = (i + 1) & mask;
    t[i * 3] = a;
    t[i * 3 + 1] = b;
    t[i * 3 + 2] = value;
  }

  private rehash(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const t = new Int32Array(size * 3).fill(-1);
    for (let j = 0; j < old.length; j += 3) if (old[j + 2]! >= 0) this.place(t, size - 1, old[j]!, old[j + 1]!, old[j + 2]!);
    this.table = t;
    this.mask = size - 1;
  }
}

/** A set of int32 pairs (id >= 0, day), slots (id, day) side by side, load <= 0.7. @internal */
export class PairSet {
  private table: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
  }

  /** Adds (id, day); returns true when it was not there. */
  add(id: number, day: number): boolean {
    const t = this.table;
    let i = mix(id, day) & this.mask;
    for (;;) {
      const x = t[i * 2]!;
      if (x < 0) break;
      if (x === id && t[i * 2 + 1] === day) return false;
      i = (i + 1) & this.mask;
    }
    t[i * 2] = id;
    t[i * 2 + 1] = day;
    this.size++;
    if (this.size * 10 > (this.mask + 1) * 7) this.rehash();
    return true;
  }

  private rehash(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const t = new Int32Array(size * 2).fill(-1);
    const mask = size - 1;
    for (let j = 0; j < old.length; j += 2) {
      const id = old[j]!;
      if (id < 0) continue;
      let i = mix(id, old[j + 1]!) & mask;
      while (t[i * 2]! >= 0) i = (i + 1) & mask;
      t[i * 2] = id;
      t[i * 2 + 1] = old[j + 1]!;
    }
    this.table = t;
    this.mask = mask;
  }
}
