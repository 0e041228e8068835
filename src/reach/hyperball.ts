/**
 * HyperBall (HyperANF): the balls of every node grown one hop at a time with HyperLogLog
 * counters, B_t(v) = {v} ∪ ⋃_{w ∈ N(v)} B_{t-1}(w), where each union is a register-wise max.
 * Only the nodes with a neighbour whose counter changed in the previous iteration are updated
 * (Boldi, Rosa & Vigna's "modified" tracking). Internal: used by `kHopReach` and
 * `neighborhoodFunction`.
 *
 * References: P. Boldi, M. Rosa, S. Vigna, "HyperANF: approximating the neighbourhood function
 * of very large graphs on a budget", WWW 2011, doi:10.1145/1963405.1963493; P. Boldi, S. Vigna,
 * "In-core computation of geometric centralities with HyperBall", Internet Mathematics 2013,
 * doi:10.1080/15427951.2013.830581.
 */
import { throwIfAborted } from "../util/progress.js";
import type { Adjacency } from "./adjacency.js";
import { addElement, alpha, estimate, hashSeed } from "./hyperloglog.js";

/** @internal */
export interface HyperBallRun {
  /** Called after iteration `t` (t = 0 is the initial state) with the per-node ball estimates (self included). Return false to stop. */
  onIteration(t: number, sizes: Float64Array, changed: number): boolean;
  maxIterations: number;
  signal: AbortSignal | undefined;
  fn: string;
}

/**
 * Runs HyperBall over `adj` with `2^log2m` registers per node. Memory: two `n · 2^log2m` byte
 * arrays. Time: O(m · 2^log2m) per iteration at most. @internal
 */
export function hyperBall(n: number, adj: Adjacency, log2m: number, seed: number, run: HyperBallRun): void {
  const m = 1 << log2m;
  const am2 = alpha(m) * m * m;
  const hs = hashSeed(seed);
  let cur = new Uint8Array(n * m);
  let next = new Uint8Array(n * m);
  const sizes = new Float64Array(n);
  let changedPrev = new Uint8Array(n).fill(1);
  let changedNow = new Uint8Array(n);
  for (let v = 0; v < n; v++) addElement(cur, v, log2m, v, hs);
  for (let v = 0; v < n; v++) sizes[v] = estimate(cur, v, m, am2);
  if (!run.onIteration(0, sizes, n)) return;
  const { offsets, targets } = adj;
  // Registers hold ranks <= 33 < 128, so four of them packed in an int32 word can be maxed at
  // once (SWAR): per byte, ((a | 0x80) - b) keeps its high bit iff a >= b, with no borrow
  // between bytes; that bit spread to 0xff selects a, its complement b.
  const words = m >> 2;
  const H = 0x80808080 | 0;
  let curW = new Int32Array(cur.buffer);
  let nextW = new Int32Array(next.buffer);
  for (let t = 1; t <= run.maxIterations; t++) {
    throwIfAborted(run.fn, run.signal);
    next.set(cur);
    changedNow.fill(0);
    let changed = 0;
    for (let v = 0; v < n; v++) {
      const bv = v * words;
      let touched = 0;
      for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
        const w = targets[h]!;
        if (changedPrev[w] === 0 || w === v) continue;
        const bw = w * words;
        for (let j = 0; j < words; j++) {
          const a = nextW[bv + j]!;
          const b = curW[bw + j]!;
          if (a === b) continue;
          const ge = (((a | H) - b) & H) >>> 7;
          const mask = Math.imul(ge, 0xff);
          const x = (a & mask) | (b & ~mask);
          if (x !== a) {
            nextW[bv + j] = x;
            touched = 1;
          }
        }
      }
      if (touched) {
        changedNow[v] = 1;
        changed++;
        sizes[v] = estimate(next, v, m, am2);
      }
    }
    const tmpW = curW;
    curW = nextW;
    nextW = tmpW;
    const tmp = cur;
    cur = next;
    next = tmp;
    const c = changedPrev;
    changedPrev = changedNow;
    changedNow = c;
    if (!run.onIteration(t, sizes, changed) || changed === 0) return;
  }
}
