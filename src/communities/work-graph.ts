/**
 * The internal graph community detection runs on: a symmetric CSR (every edge in both endpoints'
 * rows, no self-loops), two node-weight arrays `a`, `b` and a `scale`, such that moving node `v`
 * into community `C` is worth
 *
 *   gain(v, C) = w(v, C) − scale · (a_v · B_C + b_v · A_C)
 *
 * where `w(v, C)` is the symmetric weight between `v` and `C` and `A_C`, `B_C` sum `a`, `b` over
 * `C` (without `v`). One formula covers the three objectives:
 * - undirected modularity: `a = b = strength`, `scale = γ / 2W` (W = Σ strengths = 2m);
 * - directed modularity (Leicht & Newman): `w = A_ij + A_ji`, `a = out-strength`,
 *   `b = in-strength`, `scale = 2γ / W` (= γ / m);
 * - CPM: `a = b = node size` (1 for an original node), `scale = γ / 2`.
 * In every case the objective is `H = Σ_ij w_ij δ(c_i, c_j) − 2·scale·Σ_c A_c B_c`, moving `v`
 * changes `H` by twice the gain difference, and modularity is `H / W`.
 *
 * Self-loops of aggregated nodes are kept out of the rows (they never change a gain); `loops`
 * holds each node's internal weight `Σ_{i,j inside} w_ij` (both orders) for the objective value.
 * @internal
 */
import { mutualRows } from "../graph/mutual-rows.js";
import type { SocialGraph } from "../graph/social-graph.js";

/** @internal */
export interface WorkGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  /** Internal weight of each (aggregate) node, both orders counted; zeros on the input graph. */
  readonly loops: Float64Array;
  /** Σ of each node's row: its weight to all other nodes (the bound local moving prunes with). */
  readonly rowWeight: Float64Array;
}

/** @internal */
export interface Objective {
  readonly scale: number;
  /** Total symmetric weight W (2m). */
  readonly total: number;
  /** Converts a raw gain to a change of the normalised objective (used by Leiden's randomness). */
  readonly gainToQuality: number;
}

/** Builds the work graph of `g` with per-edge weights `w` for the given objective. O(n + m). @internal */
export function buildWorkGraph(
  g: SocialGraph,
  w: Float64Array,
  objective: "modularity" | "cpm",
  resolution: number,
): { graph: WorkGraph; objective: Objective } {
  const n = g.order;
  // Symmetric rows: w = A_ij + A_ji on directed graphs.
  const { offsets, targets, weights } = mutualRows(g, w);
  // Directed: out- and in-strengths; undirected: set below to the row sums.
  let a: Float64Array | null = null;
  let b: Float64Array | null = null;
  if (g.directed) {
    a = new Float64Array(n);
    b = new Float64Array(n);
    for (let e = 0; e < g.size; e++) {
      a[g.edgeSources[e]!]! += w[e]!;
      b[g.edgeTargets[e]!]! += w[e]!;
    }
  }
  const rowWeight = new Float64Array(n);
  const loops = new Float64Array(n);
  const sizes = objective === "cpm" ? new Float64Array(n).fill(1) : null;
  // Σ weights in memory order (rows are contiguous), so `total` is the same sum as a flat loop.
  let total = 0;
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
      const x = weights[h]!;
      s += x;
      total += x;
    }
    rowWeight[v] = s;
  }
  if (sizes) {
    return { graph: { n, offsets, targets, weights, a: sizes, b: sizes, loops, rowWeight }, objective: { scale: resolution / 2, total, gainToQuality: 1 } };
  }
  // Undirected modularity: a = b = strength, which is the row sum.
  if (a === null || b === null) a = b = rowWeight;
  const scale = total > 0 ? (g.directed ? (2 * resolution) / total : resolution / (2 * total)) : 0;
  return { graph: { n, offsets, targets, weights, a, b, loops, rowWeight }, objective: { scale, total, gainToQuality: total > 0 ? 2 / total : 0 } };
}

/**
 * Collapses each community of `labels` (dense, `0 .. k - 1`) into one node: rows hold the summed
 * weights to other communities, `a` and `b` are summed, internal weight goes to `loops`.
 * O(n + m) with one scratch pass. The rows are written into a buffer of `store` that `graph`
 * does not use, so a whole run allocates edge storage at most twice.
 *
 * With `inside`, also writes `inside.into[c] = w(c, G_c − c)` for each new node `c`, where
 * `G_c = { d : inside.groups[d] = inside.groups[c] }`: the weight local moving keeps as `kin`
 * when the next level starts from the partition `groups`, summed in row order as the mover would. @internal
 */
export function aggregate(
  graph: WorkGraph,
  labels: Int32Array,
  k: number,
  scratch: Scratch,
  store: EdgeStore,
  inside: { groups: Int32Array; into: Float64Array } | null = null,
): WorkGraph {
  const { n, offsets, targets, weights } = graph;
  const start = new Int32Array(k + 1);
  for (let v = 0; v < n; v++) start[labels[v]! + 1]!++;
  for (let c = 0; c < k; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  {
    const cursor = start.slice(0, k);
    for (let v = 0; v < n; v++) members[cursor[labels[v]!]!++] = v;
  }
  const newOffsets = new Int32Array(k + 1);
  const buffer = store.take(targets.length, targets);
  const newTargets = buffer.targets;
  const newWeights = buffer.weights;
  const { stamp, acc, list } = scratch;
  const oldLoops = graph.loops;
  const loops = new Float64Array(k);
  const rowWeight = new Float64Array(k);
  // Everything is allocated before the long loop below, whose optimised code would otherwise
  // meet allocation sites it has no feedback for and be thrown away.
  const a = new Float64Array(k);
  for (let v = 0; v < n; v++) a[labels[v]!]! += graph.a[v]!;
  let b = a;
  if (graph.b !== graph.a) {
    b = new Float64Array(k);
    for (let v = 0; v < n; v++) b[labels[v]!]! += graph.b[v]!;
  }
  let p = 0;
  const firstMark = scratch.reserveStamps(k);
  for (let c = 0; c < k; c++) {
    const mark = firstMark + c;
    let len = 0;
    // c's own slot, stamped but not listed, sums its internal weight (loops first, each member's
    // in turn): no branch on "is this edge internal", which is unpredictable when communities are
    // small, as Leiden's refined ones are.
    stamp[c] = mark;
    acc[c] = 0;
    for (let t = start[c]!, tEnd = start[c + 1]!; t < tEnd; t++) {
      const v = members[t]!;
      acc[c]! += oldLoops[v]!;
      for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
        const d = labels[targets[h]!]!;
        if (stamp[d] !== mark) {
          stamp[d] = mark;
          acc[d] = 0;
          list[len++] = d;
        }
        acc[d]! += weights[h]!;
      }
    }
    const within = acc[c]!;
    let out = 0;
    for (let t = 0; t < len; t++) {
      const d = list[t]!;
      const x = acc[d]!;
      newTargets[p] = d;
      newWeights[p++] = x;
      out += x;
    }
    newOffsets[c + 1] = p;
    loops[c] = within;
    rowWeight[c] = out;
    if (inside !== null) inside.into[c] = groupWeight(newTargets, newWeights, p - len, p, inside.groups, inside.groups[c]!);
  }
  return { n: k, offsets: newOffsets, targets: newTargets.subarray(0, p), weights: newWeights.subarray(0, p), a, b, loops, rowWeight };
}

/** Σ of the weights in `[from, to)` whose target is in group `g`, in order. */
function groupWeight(targets: Int32Array, weights: Float64Array, from: number, to: number, groups: Int32Array, g: number): number {
  let x = 0;
  for (let h = from; h < to; h++) if (groups[targets[h]!] === g) x += weights[h]!;
  return x;
}

/**
 * Edge storage for aggregate graphs, reused across levels and passes: at most two buffers (the
 * current graph's and the next one's); aggregate graphs only shrink, so the buffer not in use
 * usually fits. Few large allocations also spare the garbage collector (large `ArrayBuffer`
 * allocations trigger full collections of the whole JavaScript heap). @internal
 */
export class EdgeStore {
  private readonly buffers: { targets: Int32Array; weights: Float64Array }[] = [];

  /** A buffer with room for `need` half-edges whose memory is not shared with `inUse`. */
  take(need: number, inUse: Int32Array): { targets: Int32Array; weights: Float64Array } {
    for (const b of this.buffers) if (b.targets.buffer !== inUse.buffer && b.targets.length >= need) return b;
    const fresh = { targets: new Int32Array(need), weights: new Float64Array(need) };
    const free = this.buffers.findIndex((b) => b.targets.buffer !== inUse.buffer);
    if (free >= 0 && this.buffers.length >= 2) this.buffers[free] = fresh;
    else this.buffers.push(fresh);
    return fresh;
  }
}

/** Scratch arrays sized for the largest work graph, allocated once per call. @internal */
export class Scratch {
  readonly stamp: Int32Array;
  readonly acc: Float64Array;
  readonly list: Int32Array;
  private mark = 0;
  constructor(n: number) {
    this.stamp = new Int32Array(n);
    this.acc = new Float64Array(n);
    this.list = new Int32Array(n);
  }
  /** A fresh marker: entries of `stamp` equal to it were touched since this call. */
  nextStamp(): number {
    return this.reserveStamps(1);
  }

  /**
   * `count` fresh markers at once, `first .. first + count - 1`; returns `first`. For loops that
   * need one marker per iteration without a call in the loop.
   */
  reserveStamps(count: number): number {
    if (this.mark > 2147483647 - count) {
      this.stamp.fill(0);
      this.mark = 0;
    }
    const first = this.mark + 1;
    this.mark += count;
    return first;
  }
}

/**
 * Relabels `labels` in place to `0 .. k - 1` in order of first appearance and returns `k`. O(n). @internal
 */
export function compact(labels: Int32Array, scratch: Int32Array): number {
  scratch.fill(-1, 0, labels.length);
  let k = 0;
  for (let v = 0; v < labels.length; v++) {
    const c = labels[v]!;
    let d = scratch[c]!;
    if (d < 0) scratch[c] = d = k++;
    labels[v] = d;
  }
  return k;
}
