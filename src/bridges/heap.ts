/**
 * A binary min-heap of (priority, node) pairs on two typed arrays, for lazy Dijkstra: stale
 * entries are skipped by the caller when popped. A lazy Dijkstra pushes at most once per
 * relaxed half-edge plus the source, so `capacity = halfEdges + 1` is never exceeded. Ties
 * on the priority are broken by insertion order (a sequence number), so runs are
 * deterministic. Internal.
 */
export class MinHeap {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly seq: Float64Array;
  private counter = 0;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.seq = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
    this.counter = 0;
  }

  /** The smallest priority (undefined behaviour on an empty heap). */
  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    const keys = this.keys;
    const values = this.values;
    const seq = this.seq;
    const s = this.counter++;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && seq[p]! < s)) break;
      keys[i] = pk;
      values[i] = values[p]!;
      seq[i] = seq[p]!;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
    seq[i] = s;
  }

  /** Removes the minimum; returns its value, its priority is read with `peekKey()` before. */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const seq = this.seq;
    const top = values[0]!;
    const n = --this.size;
    if (n === 0) return top;
    const key = keys[n]!;
    const value = values[n]!;
    const s = seq[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (keys[r]! < keys[c]! || (keys[r] === keys[c] && seq[r]! < seq[c]!))) c = r;
      if (key < keys[c]! || (key === keys[c] && s < seq[c]!)) break;
      keys[i] = keys[c]!;
      values[i] = values[c]!;
      seq[i] = seq[c]!;
      i = c;
    }
    keys[i] = key;
    values[i] = value;
    seq[i] = s;
    return top;
  }
}
