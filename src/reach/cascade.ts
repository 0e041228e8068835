/**
 * The Monte Carlo engine behind `simulateActivation` and `influenceMaximization`: independent
 * cascade, linear threshold and fixed-count threshold processes over one CSR adjacency, with
 * every scratch array allocated once per simulator (stamp arrays instead of clearing, one
 * activation queue) so a run allocates nothing. Internal: not re-exported.
 */
import type { Random } from "../util/random.js";
import type { Adjacency } from "./adjacency.js";

/** The spreading processes. */
export type ActivationModel = "independent-cascade" | "linear-threshold" | "threshold";

/** @internal */
export class Cascade {
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly acc: Float64Array;
  private readonly theta: Float64Array;
  private readonly queue: Int32Array;
  /** Cumulative active count after each step of the last run. */
  readonly counts: Float64Array;
  /** Per node: runs in which it was active (only when `track` is set). */
  readonly activated: Float64Array | null;
  private runId = 0;

  /**
   * @param n - number of nodes.
   * @param adj - spreading adjacency: an active u reaches `targets[offsets[u] .. offsets[u + 1])`.
   * @param p - per half-edge: activation probability (IC) or threshold weight b (LT; Σ into a node <= 1).
   */
  constructor(
    n: number,
    private readonly adj: Adjacency,
    private readonly p: Float64Array,
    private readonly model: ActivationModel,
    private readonly threshold: number,
    private readonly maxSteps: number,
    track: boolean,
  ) {
    this.stamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.acc = new Float64Array(n);
    this.theta = new Float64Array(n);
    this.queue = new Int32Array(n);
    this.counts = new Float64Array(maxSteps + 1);
    this.activated = track ? new Float64Array(n) : null;
  }

  /**
   * One run from `seeds[0 .. seedCount)`: returns the number of steps taken (the last step with a
   * new activation); `counts[0 .. steps]` holds the cumulative active counts.
   */
  run(seeds: Int32Array, seedCount: number, random: Random): number {
    const id = ++this.runId;
    const { stamp, touched, acc, theta, queue, counts, activated, p, threshold } = this;
    const { offsets, targets } = this.adj;
    let tail = 0;
    for (let k = 0; k < seedCount; k++) {
      const s = seeds[k]!;
      if (stamp[s] !== id) {
        stamp[s] = id;
        queue[tail++] = s;
      }
    }
    counts[0] = tail;
    let head = 0;
    let step = 0;
    const ic = this.model === "independent-cascade";
    const lt = this.model === "linear-threshold";
    while (head < tail && step < this.maxSteps) {
      const end = tail;
      for (; head < end; head++) {
        const u = queue[head]!;
        for (let h = offsets[u]!; h < offsets[u + 1]!; h++) {
          const v = targets[h]!;
          if (stamp[v] === id) continue;
          if (ic) {
            if (random.next() < p[h]!) {
              stamp[v] = id;
              queue[tail++] = v;
            }
            continue;
          }
          if (touched[v] !== id) {
            touched[v] = id;
            acc[v] = 0;
            // Kempe et al.: thresholds uniform in (0, 1], drawn when a node is first exposed.
            if (lt) theta[v] = 1 - random.next();
          }
          acc[v]! += lt ? p[h]! : 1;
          if (acc[v]! >= (lt ? theta[v]! : threshold)) {
            stamp[v] = id;
            queue[tail++] = v;
          }
        }
      }
      if (tail === end) break;
      step++;
      counts[step] = tail;
    }
    if (activated) for (let k = 0; k < tail; k++) activated[queue[k]!]!++;
    return step;
  }
}
