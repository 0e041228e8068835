/**
 * The local-moving step shared by Louvain and Leiden: take node `v` out of its community and
 * put it in the neighbouring community (or, for Leiden, an empty one) with the largest gain
 * `w(v, C) − scale · (a_v B_C + b_v A_C)` (see work-graph.ts). All state lives in typed arrays
 * allocated once per run and sized for the input graph.
 *
 * Pruning: every gain to another community is at most `w(v, C) <= w(v, V − C_v)`, the node's
 * weight outside its own community. The mover keeps each node's weight inside its community,
 * `kin[v] = w(v, C_v − v)`, up to date as nodes move, so a queued node whose outside weight
 * does not exceed its gain for staying is known to stay and is not scanned. Such a visit
 * changes nothing, so the result is the same as scanning every queued node.
 * @internal
 */
import { throwIfAborted } from "../util/progress.js";
import type { Random } from "../util/random.js";
import type { aggregate, Scratch, WorkGraph } from "./work-graph.js";

/** @internal */
export class Mover {
  /** Community of each node of the current work graph. */
  readonly comm: Int32Array;
  /** Σ a and Σ b per community. */
  readonly A: Float64Array;
  readonly B: Float64Array;
  /** Number of nodes per community. */
  readonly size: Int32Array;
  /** w(v, C_v − v) of each node, kept up to date by {@link moveNodesFast}. */
  readonly kin: Float64Array;
  private readonly empty: Int32Array;
  private emptyTop = 0;
  /** Whether the last {@link move} changed the node's community. */
  moved = false;
  /** Sum of the gain improvements since {@link init} (raw units). */
  gained = 0;

  constructor(
    nMax: number,
    private readonly scratch: Scratch,
    /** The objective's scale (see work-graph.ts). */
    readonly scale: number,
  ) {
    this.comm = new Int32Array(nMax);
    this.A = new Float64Array(nMax);
    this.B = new Float64Array(nMax);
    this.size = new Int32Array(nMax);
    this.kin = new Float64Array(nMax);
    this.empty = new Int32Array(nMax);
  }

  /**
   * Starts from `initial` (labels in `0 .. graph.n - 1`) or from singletons. With `kinReady`,
   * {@link kin} already holds each node's weight inside its `initial` community (as
   * {@link aggregate} writes it) and is not recomputed.
   */
  init(graph: WorkGraph, initial: Int32Array | null, kinReady = false): void {
    const n = graph.n;
    const { comm, A, B, size } = this;
    A.fill(0, 0, n);
    B.fill(0, 0, n);
    size.fill(0, 0, n);
    for (let v = 0; v < n; v++) {
      const c = initial ? initial[v]! : v;
      comm[v] = c;
      A[c]! += graph.a[v]!;
      B[c]! += graph.b[v]!;
      size[c]!++;
    }
    this.emptyTop = 0;
    this.gained = 0;
    for (let c = n - 1; c >= 0; c--) if (size[c] === 0) this.empty[this.emptyTop++] = c;
    const kin = this.kin;
    if (initial === null) kin.fill(0, 0, n);
    else if (!kinReady) {
      const { offsets, targets, weights } = graph;
      for (let v = 0; v < n; v++) {
        const c = comm[v]!;
        let x = 0;
        for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) if (comm[targets[h]!] === c) x += weights[h]!;
        kin[v] = x;
      }
    }
  }

  /**
   * Moves `v` to its best community and returns the gain improvement (>= 0, raw units).
   * With `allowEmpty`, an empty community is an option too (gain 0).
   */
  move(graph: WorkGraph, v: number, allowEmpty: boolean): number {
    const { offsets, targets, weights } = graph;
    const { stamp, acc, list } = this.scratch;
    const { comm, A, B, size } = this;
    const s = this.scale;
    const mark = this.scratch.nextStamp();
    const cv = comm[v]!;
    let len = 0;
    for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
      const c = comm[targets[h]!]!;
      if (stamp[c] !== mark) {
        stamp[c] = mark;
        acc[c] = 0;
        list[len++] = c;
      }
      acc[c]! += weights[h]!;
    }
    const av = graph.a[v]!;
    const bv = graph.b[v]!;
    A[cv]! -= av;
    B[cv]! -= bv;
    let best = cv;
    let own: number;
    let bestGain: number;
    if (graph.a === graph.b) {
      // Symmetric objective (undirected modularity, CPM): A = B, one read per candidate.
      const s2 = 2 * s * av;
      own = (stamp[cv] === mark ? acc[cv]! : 0) - s2 * A[cv]!;
      bestGain = own;
      for (let t = 0; t < len; t++) {
        const c = list[t]!;
        const gain = acc[c]! - s2 * A[c]!;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
    } else {
      own = (stamp[cv] === mark ? acc[cv]! : 0) - s * (av * B[cv]! + bv * A[cv]!);
      bestGain = own;
      for (let t = 0; t < len; t++) {
        const c = list[t]!;
        const gain = acc[c]! - s * (av * B[c]! + bv * A[c]!);
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
    }
    if (allowEmpty && bestGain < 0 && size[cv]! > 1) {
      best = this.empty[--this.emptyTop]!;
      bestGain = 0;
    }
    A[best]! += av;
    B[best]! += bv;
    this.kin[v] = stamp[best] === mark ? acc[best]! : 0;
    if (best !== cv) {
      size[cv]!--;
      size[best]!++;
      if (size[cv] === 0) this.empty[this.emptyTop++] = cv;
      comm[v] = best;
      this.moved = true;
    } else this.moved = false;
    this.gained += bestGain - own;
    return bestGain - own;
  }
}

/** The queue and its membership flags, sized for the input graph. @internal */
export interface QueueBuffers {
  queue: Int32Array;
  inQueue: Uint8Array;
}

/**
 * Queue-based fast local moving (Traag et al. 2019, Algorithm A.2 `MoveNodesFast`; the same
 * pruning as Ozaki, Tezuka & Inaba 2016): all nodes enter a queue in seeded random order; a node
 * that moves puts its neighbours outside its new community back on the queue. Stops when the
 * queue is empty or after `maxVisits` visits; returns the number of visits. @internal
 */
export function moveNodesFast(
  graph: WorkGraph,
  mover: Mover,
  buf: QueueBuffers,
  allowEmpty: boolean,
  maxVisits: number,
  o: { random: Random; fn: string; signal: AbortSignal | undefined },
): number {
  const { n, offsets, targets, weights, a, b, rowWeight } = graph;
  const { queue, inQueue } = buf;
  for (let v = 0; v < n; v++) queue[v] = v;
  o.random.shuffle(queue.subarray(0, n));
  inQueue.fill(1, 0, n);
  let head = 0;
  let tail = 0;
  let length = n;
  const { comm, kin, A, B } = mover;
  const s = mover.scale;
  let pops = 0;
  while (length > 0 && pops < maxVisits) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    length--;
    inQueue[v] = 0;
    if ((++pops & 0xffff) === 0) throwIfAborted(o.fn, o.signal);
    // Known to stay: outside weight (with a margin for the rounding of `kin`) <= gain for staying.
    const cv = comm[v]!;
    const av = a[v]!;
    const bv = b[v]!;
    const inside = kin[v]!;
    const row = rowWeight[v]!;
    if (row - inside + PRUNE_MARGIN * row <= inside - s * (av * (B[cv]! - bv) + bv * (A[cv]! - av))) continue;
    mover.move(graph, v, allowEmpty);
    if (mover.moved) {
      const c = comm[v]!;
      for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
        const u = targets[h]!;
        const cu = comm[u]!;
        if (cu === cv) kin[u]! -= weights[h]!;
        else if (cu === c) kin[u]! += weights[h]!;
        if (cu !== c && inQueue[u] === 0) {
          inQueue[u] = 1;
          queue[tail] = u;
          tail = tail + 1 === n ? 0 : tail + 1;
          length++;
        }
      }
    }
  }
  return pops;
}

/**
 * Relative slack of the pruning test: `kin` is updated by additions and subtractions, so it can
 * drift from the exact sum by a few units in the last place per update; 1e-9 of the row weight
 * covers millions of updates between two exact recomputations (each visit recomputes it).
 */
const PRUNE_MARGIN = 1e-9;
