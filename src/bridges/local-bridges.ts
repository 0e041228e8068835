/**
 * Local bridges and their span.
 *
 * Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6),
 * 1360–1380. doi:10.1086/225469
 * Easley, D. & Kleinberg, J. (2010). Networks, Crowds, and Markets, ch. 3 ("Strong and weak
 * ties"). Cambridge University Press. doi:10.1017/CBO9780511761942
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import type { WeightsInput } from "../graph/weights.js";
import { edgeEmbeddedness } from "../ties/embeddedness.js";
import { resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { resolveDistances } from "./distances.js";
import { findBridges } from "./find-bridges.js";
import { MinHeap } from "./heap.js";
import { assignEdges, edgeIdOf, requireUndirected, type KeyLike } from "./shared.js";

/** Options of {@link localBridges}. */
export interface LocalBridgesOptions extends LongRunningOptions {
  /**
   * Per-edge *distances* for the span (higher = farther). Default `null`: the span counts hops.
   * A `Float64Array` is used as is; a tie-strength result (`{ strength }`) becomes distances
   * `1 / strength`. For another conversion pass a `Float64Array`, e.g. `-Math.log(s)`.
   */
  weights?: WeightsInput | null;
}

/** The defaults of {@link localBridges}. */
export const LOCAL_BRIDGES_DEFAULTS: Readonly<LocalBridgesOptions> = Object.freeze({ weights: null, onProgress: undefined, signal: undefined });

/** One local bridge; the same shape for every result. */
export interface LocalBridge {
  source: string;
  target: string;
  /** Edge id in the graph. */
  edge: number;
  /** Distance between the endpoints without this edge; `Infinity` for a global bridge. */
  span: number;
  /** True when the edge is also a global bridge (span `Infinity`). */
  global: boolean;
}

/** The result of {@link localBridges}. */
export interface LocalBridgesResult {
  /** Per edge id: 1 when the edge is a local bridge. */
  readonly isLocalBridge: Uint8Array;
  /** The local bridges' edge ids, ascending. */
  readonly edges: Int32Array;
  /** The span of each local bridge, aligned with `edges`. */
  readonly span: Float64Array;
  /** Number of local bridges. */
  readonly count: number;
  /** True when the span is a weighted distance, false when it counts hops. */
  readonly weighted: boolean;
  /** The local bridge `source - target`, or `null` when that edge is not one. @throws `UNKNOWN_NODE`, `UNKNOWN_EDGE`. */
  get(source: KeyLike, target: KeyLike): LocalBridge | null;
  /** One {@link LocalBridge} per local bridge, by edge id. */
  rows(): LocalBridge[];
  /** Writes edge attribute `attribute` (default `"localBridgeSpan"`): the span, or `null` when not a local bridge. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Finds every local bridge of an undirected graph: an edge `{u, v}` whose endpoints have no
 * common neighbour (embeddedness 0), and its span, the shortest-path distance from `u` to `v`
 * once the edge is removed:
 *
 *   span(u, v) = d_{G − uv}(u, v),   ∞ when u and v fall in different components (a global bridge).
 *
 * A local bridge that is not global has span ≥ 3 in hops (2 would mean a common neighbour).
 * The higher the span, the more distant the worlds the tie connects (Granovetter 1973).
 *
 * @param g - an undirected graph.
 * @param options - `weights`: per-edge distances for a weighted span (default `null`: hops);
 *   `onProgress`, `signal`. Defaults in {@link LOCAL_BRIDGES_DEFAULTS}.
 * @returns {@link LocalBridgesResult}; spans are hops (integers) or weighted distances.
 * @throws TiescopeError `UNSUPPORTED_GRAPH` (directed graph), `INVALID_WEIGHT`,
 *   `LENGTH_MISMATCH`, `INVALID_OPTION`, `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * // a square a-b-c-d-a with a pendant d-e
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"], ["d", "e"]]);
 * localBridges(g).rows().map((r) => `${r.source}-${r.target}:${r.span}`);
 * // ["a-b:3", "a-d:3", "b-c:3", "c-d:3", "d-e:Infinity"]
 * ```
 * Complexity: embeddedness O(Σ_uv min(k_u, k_v)), global bridges O(n + m), then for each
 * non-global local bridge a bidirectional BFS (hops) or a Dijkstra stopped at the target
 * (weighted): O(m) each in the worst case, far less on small-world graphs. Memory O(n + m).
 *
 * Degenerate cases: no edges → no local bridges; a forest → every edge, all spans ∞.
 * Matches NetworkX `local_bridges(G, with_span=True, weight=...)`.
 */
export function localBridges(g: SocialGraph, options?: LocalBridgesOptions): LocalBridgesResult {
  const fn = "localBridges";
  const o = resolveOptions(fn, options, LOCAL_BRIDGES_DEFAULTS);
  requireUndirected(fn, g, "symmetrise it with toUndirected");
  const dist = resolveDistances(fn, g, o.weights);
  throwIfAborted(fn, o.signal);
  const embedded = edgeEmbeddedness(g);
  const { isBridge } = findBridges(g);
  const isLocalBridge = new Uint8Array(g.size);
  let count = 0;
  for (let e = 0; e < g.size; e++) {
    if (embedded[e] === 0) {
      isLocalBridge[e] = 1;
      count++;
    }
  }
  const spanOf = new Float64Array(g.size);
  if (dist) weightedSpans(fn, g, dist, isLocalBridge, isBridge, spanOf, o);
  else hopSpans(fn, g, isLocalBridge, isBridge, spanOf, o);
  const edges = new Int32Array(count);
  const span = new Float64Array(count);
  for (let e = 0, k = 0; e < g.size; e++) {
    if (isLocalBridge[e] !== 1) continue;
    edges[k] = e;
    span[k++] = spanOf[e]!;
  }
  const index = new Int32Array(g.size).fill(-1);
  for (let k = 0; k < count; k++) index[edges[k]!] = k;
  const row = (k: number): LocalBridge => {
    const e = edges[k]!;
    return { source: g.key(g.edgeSources[e]!), target: g.key(g.edgeTargets[e]!), edge: e, span: span[k]!, global: span[k] === Infinity };
  };
  return {
    isLocalBridge,
    edges,
    span,
    count,
    weighted: dist !== null,
    get: (source, target) => {
      const k = index[edgeIdOf(`${fn}.get`, g, source, target)]!;
      return k < 0 ? null : row(k);
    },
    rows: () => Array.from({ length: count }, (_, k) => row(k)),
    assign: (graph, attribute = "localBridgeSpan") => assignEdges(fn, graph, g, attribute, (e) => (index[e]! < 0 ? null : span[index[e]!]!)),
  };
}

/**
 * Hop spans. With c_u[y] = the number of 2-paths u–x–y, built once per node u for all its
 * local bridges (Σ_{x ∈ N(u)} deg(x) work), spans 3 and 4 (most local bridges in social
 * graphs) are recognised by scanning N(v) and its neighbours (see `shortSpan`); longer spans
 * run a bidirectional BFS.
 */
function hopSpans(fn: string, g: SocialGraph, isLocal: Uint8Array, isBridge: Uint8Array, spanOf: Float64Array, o: LongRunningOptions): void {
  const { order: n, offsets, targets, edgeIds, edgeSources } = g;
  const search = bfsSpan(g);
  const paths = new Int32Array(n);
  const touched = new Int32Array(n);
  const nearV = new Int32Array(n).fill(-1);
  let stamp = 0;
  // 3 or 4 when a short detour exists, else 0. A detour u–x–y–v (x ≠ v, y ≠ u) exists when
  // some y ∈ N(v) has a 2-path from u besides u–v–y: paths[y] >= 2. A detour u–x–z–y–v exists
  // when some neighbour z of such a y has a 2-path from u not through v: paths[z] minus 1 when
  // z ∈ N(v) (the u–v–z path). z is never u (y would be a common neighbour) and paths[v] = 0.
  const shortSpan = (u: number, v: number): number => {
    const a = offsets[v]!;
    const b = offsets[v + 1]!;
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      if (y !== u && paths[y]! >= 2) return 3;
    }
    stamp++;
    for (let q = a; q < b; q++) nearV[targets[q]!] = stamp;
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      if (y === u) continue;
      for (let r = offsets[y]!; r < offsets[y + 1]!; r++) {
        const z = targets[r]!;
        if (paths[z]! - (nearV[z] === stamp ? 1 : 0) >= 1) return 4;
      }
    }
    return 0;
  };
  const every = Math.max(1, Math.floor(n / 100));
  for (let u = 0; u < n; u++) {
    if (u % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(u / n, "span");
    }
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    let pending = false;
    for (let h = start; h < end; h++) {
      const e = edgeIds[h]!;
      if (isLocal[e] === 1 && edgeSources[e] === u) {
        if (isBridge[e] === 1) spanOf[e] = Infinity;
        else pending = true;
      }
    }
    if (!pending) continue;
    let t = 0;
    for (let h = start; h < end; h++) {
      const x = targets[h]!;
      for (let q = offsets[x]!; q < offsets[x + 1]!; q++) {
        const y = targets[q]!;
        if (paths[y] === 0) touched[t++] = y;
        paths[y]!++;
      }
    }
    for (let h = start; h < end; h++) {
      const e = edgeIds[h]!;
      if (isLocal[e] !== 1 || edgeSources[e] !== u || isBridge[e] === 1) continue;
      spanOf[e] = shortSpan(u, targets[h]!) || search(u, targets[h]!, e);
    }
    for (let k = 0; k < t; k++) paths[touched[k]!] = 0;
  }
  o.onProgress?.(1, "span");
}

/** Weighted spans: a Dijkstra stopped at the far endpoint per non-global local bridge. */
function weightedSpans(fn: string, g: SocialGraph, w: Float64Array, isLocal: Uint8Array, isBridge: Uint8Array, spanOf: Float64Array, o: LongRunningOptions): void {
  const search = dijkstraSpan(g, w);
  const every = Math.max(1, Math.floor(g.size / 100));
  for (let e = 0; e < g.size; e++) {
    if (e % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(e / g.size, "span");
    }
    if (isLocal[e] !== 1) continue;
    spanOf[e] = isBridge[e] === 1 ? Infinity : search(g.edgeSources[e]!, g.edgeTargets[e]!, e);
  }
  o.onProgress?.(1, "span");
}

/**
 * Hop distance from `s` to `t` avoiding edge `skip`: level-synchronous bidirectional BFS that
 * always expands the smaller frontier and returns at the first meeting, which is a shortest
 * path (see the comment in the loop). Scratch arrays are allocated once and reset by a
 * search stamp.
 */
function bfsSpan(g: SocialGraph): (s: number, t: number, skip: number) => number {
  const { order: n, offsets, targets, edgeIds } = g;
  const stampA = new Int32Array(n);
  const stampB = new Int32Array(n);
  const dA = new Int32Array(n);
  const dB = new Int32Array(n);
  const qa = new Int32Array(n);
  const qb = new Int32Array(n);
  let stamp = 0;
  return (s, t, skip) => {
    stamp++;
    stampA[s] = stamp;
    dA[s] = 0;
    qa[0] = s;
    stampB[t] = stamp;
    dB[t] = 0;
    qb[0] = t;
    let aHead = 0;
    let aTail = 1;
    let bHead = 0;
    let bTail = 1;
    while (aHead < aTail && bHead < bTail) {
      const forward = aTail - aHead <= bTail - bHead;
      const q = forward ? qa : qb;
      const mine = forward ? stampA : stampB;
      const other = forward ? stampB : stampA;
      const dMine = forward ? dA : dB;
      const dOther = forward ? dB : dA;
      let head = forward ? aHead : bHead;
      let tail = forward ? aTail : bTail;
      const levelEnd = tail;
      while (head < levelEnd) {
        const x = q[head++]!;
        const dx = dMine[x]! + 1;
        for (let h = offsets[x]!; h < offsets[x + 1]!; h++) {
          if (edgeIds[h] === skip) continue;
          const y = targets[h]!;
          // The first meeting is a shortest path: before this level no node was seen by both
          // sides, so d(s, t) > la + lb, while y (seen by the other side) has dOther[y] <= lb.
          if (other[y] === stamp) return dx + dOther[y]!;
          if (mine[y] !== stamp) {
            mine[y] = stamp;
            dMine[y] = dx;
            q[tail++] = y;
          }
        }
      }
      if (forward) {
        aHead = head;
        aTail = tail;
      } else {
        bHead = head;
        bTail = tail;
      }
    }
    return Infinity;
  };
}

/** Weighted distance from `s` to `t` avoiding edge `skip`: lazy Dijkstra stopped when `t` is settled. */
function dijkstraSpan(g: SocialGraph, w: Float64Array): (s: number, t: number, skip: number) => number {
  const { order: n, offsets, targets, edgeIds } = g;
  const stamp = new Int32Array(n);
  const done = new Int32Array(n);
  const d = new Float64Array(n);
  const heap = new MinHeap(targets.length + 1);
  let cur = 0;
  return (s, t, skip) => {
    cur++;
    heap.clear();
    stamp[s] = cur;
    d[s] = 0;
    heap.push(0, s);
    while (heap.size > 0) {
      const dx = heap.peekKey();
      const x = heap.pop();
      if (done[x] === cur || dx > d[x]!) continue;
      done[x] = cur;
      if (x === t) return dx;
      for (let h = offsets[x]!; h < offsets[x + 1]!; h++) {
        const e = edgeIds[h]!;
        if (e === skip) continue;
        const y = targets[h]!;
        const dy = dx + w[e]!;
        if (stamp[y] !== cur || dy < d[y]!) {
          stamp[y] = cur;
          d[y] = dy;
          heap.push(dy, y);
        }
      }
    }
    return Infinity;
  };
}
