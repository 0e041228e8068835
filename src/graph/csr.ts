/**
 * The compressed-sparse-row builder behind every {@link SocialGraph}. It takes edges as
 * parallel typed arrays of node indices, applies the self-loop and parallel-edge policies,
 * sorts the edges with two linear counting-sort passes (O(n + m), no comparison sort) and
 * writes the adjacency arrays. Neighbour lists come out sorted by index, which later code
 * relies on to intersect neighbourhoods by merging.
 *
 * Edge ids: edges are numbered in (source, target) order. For undirected graphs the pair is
 * stored with source < target, so edge ids follow (min, max) order.
 */
import { TiescopeError, show } from "../util/errors.js";
import { isWeight } from "./edge-buffer.js";

/** What to do with an edge from a node to itself. */
export type SelfLoopPolicy = "ignore" | "error";
/** What to do when the same pair appears more than once (for undirected graphs, in either order). */
export type ParallelEdgePolicy = "sum" | "max" | "min" | "error";

/** Inputs of {@link buildCsr}. Arrays are read, never modified. */
export interface CsrInput {
  fn: string;
  order: number;
  sources: Int32Array;
  targets: Int32Array;
  /** Per input edge weights, or null for an unweighted graph (every weight 1). */
  weights: Float64Array | null;
  directed: boolean;
  selfLoops: SelfLoopPolicy;
  parallelEdges: ParallelEdgePolicy;
  /** Names node `i` in error messages. */
  nameOf: (i: number) => string;
  /** Names input edge `k` in error messages (e.g. "row 12"). */
  rowOf: (k: number) => string;
}

/** The arrays of a built graph. */
export interface CsrData {
  order: number;
  size: number;
  directed: boolean;
  weighted: boolean;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  edgeIds: Int32Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array;
  inEdgeIds: Int32Array;
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
  edgeWeights: Float64Array;
  selfLoopsIgnored: number;
  parallelEdgesMerged: number;
}

/** Builds CSR arrays from edge arrays. Complexity O(n + m) time, O(n + m) extra memory. */
export function buildCsr(input: CsrInput): CsrData {
  const { fn, sources, targets, weights, directed } = input;
  const m0 = sources.length;
  if (targets.length !== m0 || (weights !== null && weights.length !== m0)) {
    throw new TiescopeError(
      "LENGTH_MISMATCH",
      `${fn}: sources (${m0}), targets (${targets.length})${weights ? ` and weights (${weights.length})` : ""} must have the same length`,
    );
  }
  // Each phase is its own small function: V8 optimises a short loop far more reliably than one
  // long function whose loops are compiled on stack replacement one after another.
  validate(input);
  const oriented = orient(input);
  const perm = sortPairs(oriented.a, oriented.b, input.order);
  const merged = mergeParallel(input, oriented, perm);
  const base = {
    order: input.order,
    size: merged.edgeSources.length,
    directed,
    weighted: weights !== null,
    ...merged,
    selfLoopsIgnored: m0 - oriented.length,
  };
  return directed ? directedArrays(base) : undirectedArrays(base);
}

/** Throws on an index outside `[0, order)` or a weight that is not finite and >= 0. */
function validate(input: CsrInput): void {
  const { fn, order: n, sources, targets, weights } = input;
  const m0 = sources.length;
  for (let k = 0; k < m0; k++) {
    const s = sources[k]!;
    const t = targets[k]!;
    if (!(s >= 0 && s < n)) {
      throw new TiescopeError("UNKNOWN_NODE", `${fn}: ${input.rowOf(k)} has source index ${show(s)} outside [0, ${n})`, { row: k });
    }
    if (!(t >= 0 && t < n)) {
      throw new TiescopeError("UNKNOWN_NODE", `${fn}: ${input.rowOf(k)} has target index ${show(t)} outside [0, ${n})`, { row: k });
    }
  }
  if (!weights) return;
  for (let k = 0; k < m0; k++) {
    const x = weights[k]!;
    if (!isWeight(x)) {
      throw new TiescopeError(
        "INVALID_WEIGHT",
        `${fn}: ${input.rowOf(k)} (${input.nameOf(sources[k]!)} -> ${input.nameOf(targets[k]!)}) has weight ${show(x)}; weights must be finite and >= 0`,
        { row: k, weight: x },
      );
    }
  }
}

interface Oriented {
  a: Int32Array;
  b: Int32Array;
  w: Float64Array | null;
  /** Edges kept after dropping self-loops. */
  length: number;
}

/** Drops self-loops (or throws under `"error"`) and orients undirected pairs as (min, max). */
function orient(input: CsrInput): Oriented {
  const { fn, sources, targets, weights, directed } = input;
  const m0 = sources.length;
  const a = new Int32Array(m0);
  const b = new Int32Array(m0);
  const w = weights ? new Float64Array(m0) : null;
  let m1 = 0;
  for (let k = 0; k < m0; k++) {
    const s = sources[k]!;
    const t = targets[k]!;
    if (s === t) {
      if (input.selfLoops === "error") {
        throw new TiescopeError("SELF_LOOP", `${fn}: ${input.rowOf(k)} is a self-loop on ${input.nameOf(s)} (selfLoops: "error")`, {
          row: k,
          node: input.nameOf(s),
        });
      }
      continue;
    }
    const swap = !directed && s > t;
    a[m1] = swap ? t : s;
    b[m1] = swap ? s : t;
    if (w) w[m1] = weights![k]!;
    m1++;
  }
  return { a: a.subarray(0, m1), b: b.subarray(0, m1), w: w ? w.subarray(0, m1) : null, length: m1 };
}

/** The permutation sorting pairs by (a, b): a counting sort by b, then a stable one by a. O(n + m). */
function sortPairs(a: Int32Array, b: Int32Array, n: number): Int32Array {
  const byB = countingSort(b, null, n);
  return countingSort(a, byB, n);
}

/** Stable counting sort of `order` (or of 0..len-1 when null) by `key[k]`. */
function countingSort(key: Int32Array, order: Int32Array | null, n: number): Int32Array {
  const m = key.length;
  const count = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) count[key[k]! + 1]!++;
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const out = new Int32Array(m);
  if (order === null) {
    for (let k = 0; k < m; k++) out[count[key[k]!]!++] = k;
  } else {
    for (let r = 0; r < m; r++) {
      const k = order[r]!;
      out[count[key[k]!]!++] = k;
    }
  }
  return out;
}

/** Merges runs of equal pairs in sorted order by the parallel-edge policy. */
function mergeParallel(
  input: CsrInput,
  { a, b, w, length: m1 }: Oriented,
  perm: Int32Array,
): { edgeSources: Int32Array; edgeTargets: Int32Array; edgeWeights: Float64Array; parallelEdgesMerged: number } {
  const policy = input.parallelEdges;
  let m = 0;
  for (let r = 0; r < m1; r++) {
    const k = perm[r]!;
    if (r === 0) m++;
    else {
      const p = perm[r - 1]!;
      if (a[k] !== a[p] || b[k] !== b[p]) m++;
      else if (policy === "error") throwParallel(input, a[k]!, b[k]!, Math.max(p, k));
    }
  }
  const edgeSources = new Int32Array(m);
  const edgeTargets = new Int32Array(m);
  const edgeWeights = new Float64Array(m);
  let e = -1;
  for (let r = 0; r < m1; r++) {
    const k = perm[r]!;
    const x = w === null ? 1 : w[k]!;
    if (e >= 0 && a[k] === edgeSources[e] && b[k] === edgeTargets[e]) {
      const old = edgeWeights[e]!;
      edgeWeights[e] = policy === "max" ? Math.max(old, x) : policy === "min" ? Math.min(old, x) : old + x;
    } else {
      e++;
      edgeSources[e] = a[k]!;
      edgeTargets[e] = b[k]!;
      edgeWeights[e] = x;
    }
  }
  return { edgeSources, edgeTargets, edgeWeights, parallelEdgesMerged: m1 - m };
}

function throwParallel(input: CsrInput, s: number, t: number, slot: number): never {
  const row = slotToRow(input.sources, input.targets, slot);
  throw new TiescopeError(
    "PARALLEL_EDGE",
    `${input.fn}: ${input.rowOf(row)} repeats the edge ${input.nameOf(s)} ${input.directed ? "->" : "--"} ${input.nameOf(t)} (parallelEdges: "error")`,
    { row, source: input.nameOf(s), target: input.nameOf(t) },
  );
}

type Base = Pick<
  CsrData,
  "order" | "size" | "directed" | "weighted" | "edgeSources" | "edgeTargets" | "edgeWeights" | "selfLoopsIgnored" | "parallelEdgesMerged"
>;

/** For an undirected graph each edge appears in both endpoints' lists; lists stay sorted (see below). */
function undirectedArrays(base: Base): CsrData {
  const { order: n, size: m, edgeSources: src, edgeTargets: dst, edgeWeights: ew } = base;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[src[e]! + 1]!++;
    offsets[dst[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const edgeIds = new Int32Array(2 * m);
  // Edges arrive sorted by (min, max). Node x first receives the endpoints u < x of edges
  // (u, x), in increasing u, then the endpoints v > x of edges (x, v), in increasing v:
  // every list is sorted without a further pass.
  for (let e = 0; e < m; e++) {
    const u = src[e]!;
    const v = dst[e]!;
    const x = ew[e]!;
    let p = cursor[u]!++;
    targets[p] = v;
    weights[p] = x;
    edgeIds[p] = e;
    p = cursor[v]!++;
    targets[p] = u;
    weights[p] = x;
    edgeIds[p] = e;
  }
  return {
    ...base,
    offsets,
    targets,
    weights,
    edgeIds,
    inOffsets: offsets,
    inSources: targets,
    inWeights: weights,
    inEdgeIds: edgeIds,
  };
}

/** For a directed graph the out-lists are the sorted edge list itself; in-lists come from one counting pass. */
function directedArrays(base: Base): CsrData {
  const { order: n, size: m, edgeSources: src, edgeTargets: dst, edgeWeights: ew } = base;
  const offsets = new Int32Array(n + 1);
  const inOffsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[src[e]! + 1]!++;
    inOffsets[dst[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    offsets[i + 1]! += offsets[i]!;
    inOffsets[i + 1]! += inOffsets[i]!;
  }
  const edgeIds = new Int32Array(m);
  for (let e = 0; e < m; e++) edgeIds[e] = e;
  const inSources = new Int32Array(m);
  const inWeights = new Float64Array(m);
  const inEdgeIds = new Int32Array(m);
  const cursor = inOffsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const p = cursor[dst[e]!]!++;
    inSources[p] = src[e]!;
    inWeights[p] = ew[e]!;
    inEdgeIds[p] = e;
  }
  return {
    ...base,
    offsets,
    targets: dst,
    weights: ew,
    edgeIds,
    inOffsets,
    inSources,
    inWeights,
    inEdgeIds,
  };
}

/** Maps a slot of the self-loop-free edge list back to its input row, for error messages only. */
function slotToRow(sources: Int32Array, targets: Int32Array, slot: number): number {
  let seen = -1;
  for (let r = 0; r < sources.length; r++) {
    if (sources[r] === targets[r]) continue;
    if (++seen === slot) return r;
  }
  return slot;
}
