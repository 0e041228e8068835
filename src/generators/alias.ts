/**
 * Walker's alias tables (Vose's stable construction) for O(1) sampling proportional to
 * weights. Several tables can share one pair of arrays, each over its own contiguous range,
 * which is how the planted generator samples within every community at once.
 *
 * Reference: M. D. Vose, "A linear algorithm for generating random numbers with a given
 * distribution", IEEE TSE 17(9), 1991, doi:10.1109/32.92917.
 */
import type { Random } from "../util/random.js";

/** Alias tables over ranges of one weight array. */
export class AliasTable {
  readonly prob: Float64Array;
  readonly alias: Int32Array;

  /** @param weights - non-negative weights; `ranges` are `[start, end)` pairs, each gets its own table. */
  constructor(weights: Float64Array, ranges: Int32Array) {
    const n = weights.length;
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    const scaled = new Float64Array(n);
    for (let r = 0; r < ranges.length; r += 2) {
      const start = ranges[r]!;
      const end = ranges[r + 1]!;
      const len = end - start;
      if (len <= 0) continue;
      let total = 0;
      for (let i = start; i < end; i++) total += weights[i]!;
      let ns = 0;
      let nl = 0;
      for (let i = start; i < end; i++) {
        const x = total > 0 ? (weights[i]! * len) / total : 1;
        scaled[i] = x;
        if (x < 1) small[ns++] = i;
        else large[nl++] = i;
      }
      while (ns > 0 && nl > 0) {
        const s = small[--ns]!;
        const l = large[--nl]!;
        this.prob[s] = scaled[s]!;
        this.alias[s] = l;
        scaled[l] = scaled[l]! + scaled[s]! - 1;
        if (scaled[l]! < 1) small[ns++] = l;
        else large[nl++] = l;
      }
      while (nl > 0) {
        const l = large[--nl]!;
        this.prob[l] = 1;
        this.alias[l] = l;
      }
      while (ns > 0) {
        const s = small[--ns]!;
        this.prob[s] = 1;
        this.alias[s] = s;
      }
    }
  }

  /** Draws an index in `[start, end)` proportional to its weight. */
  sample(random: Random, start: number, end: number): number {
    const i = start + random.int(end - start);
    return random.next() < this.prob[i]! ? i : this.alias[i]!;
  }
}
