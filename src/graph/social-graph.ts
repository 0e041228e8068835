/**
 * `SocialGraph`: the immutable, typed-array graph every tiescope algorithm runs on.
 *
 * Storage is compressed sparse rows (CSR). For node `i`, its neighbours (out-neighbours on a
 * directed graph) are `targets[offsets[i] .. offsets[i + 1])`, sorted by index, with the
 * matching `weights` and `edgeIds`. Undirected graphs store every edge in both endpoints' lists
 * (two "half-edges") and `edgeIds` maps each half-edge to its edge id `0 .. size - 1`, so
 * per-edge results are plain arrays indexed by edge id. Directed graphs also keep the
 * in-adjacency (`inOffsets`, `inSources`, `inWeights`, `inEdgeIds`); on undirected graphs the
 * `in*` arrays are the same arrays as the out ones.
 *
 * The typed arrays are exposed for hot loops and must be treated as read-only.
 */
import type { AbstractGraph } from "graphology-types";
import Graph from "graphology";
import { TiescopeError, show } from "../util/errors.js";
import { buildCsr, type CsrData, type ParallelEdgePolicy, type SelfLoopPolicy } from "./csr.js";
import { edgesFromRows, type EdgeRow, type FromEdgesOptions } from "./from-edges.js";
import { edgesFromGraphology, type FromGraphologyOptions } from "./from-graphology.js";
import { arraysInput, type FromArraysOptions } from "./from-arrays.js";

/** How the graph was built: what the self-loop and parallel-edge policies did. */
export interface BuildReport {
  /** Self-loops met in the input and left out (policy `"ignore"`). */
  readonly selfLoopsIgnored: number;
  /** Input edges merged into an earlier edge between the same pair (policy `"sum"`, `"max"` or `"min"`). */
  readonly parallelEdgesMerged: number;
  readonly selfLoops: SelfLoopPolicy;
  readonly parallelEdges: ParallelEdgePolicy;
}

export class SocialGraph {
  /** Number of nodes. */
  readonly order: number;
  /** Number of edges (distinct pairs after merging; arcs on a directed graph). */
  readonly size: number;
  readonly directed: boolean;
  /** True when the input carried weights; otherwise every weight is 1. */
  readonly weighted: boolean;
  /** CSR row offsets, length `order + 1`. */
  readonly offsets: Int32Array;
  /** Neighbour (out-neighbour) indices, sorted within each row. */
  readonly targets: Int32Array;
  /** Weight of each half-edge (equals `edgeWeights[edgeIds[h]]`). */
  readonly weights: Float64Array;
  /** Edge id of each half-edge. */
  readonly edgeIds: Int32Array;
  /** In-adjacency offsets (same array as `offsets` when undirected). */
  readonly inOffsets: Int32Array;
  /** In-neighbour indices, sorted within each row (same as `targets` when undirected). */
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  readonly inEdgeIds: Int32Array;
  /** Per edge id: source (the smaller index on an undirected graph). */
  readonly edgeSources: Int32Array;
  /** Per edge id: target (the larger index on an undirected graph). */
  readonly edgeTargets: Int32Array;
  /** Per edge id: weight (summed, max or min over merged parallel edges). */
  readonly edgeWeights: Float64Array;
  /** What the build policies did to the input. */
  readonly buildReport: BuildReport;

  private readonly keyList: readonly string[] | null;
  private readonly cache: { keyIndex: Map<string, number> | null } = { keyIndex: null };

  /** Use the static builders; the constructor is internal. @internal */
  constructor(data: CsrData, keys: readonly string[] | null, policies: { selfLoops: SelfLoopPolicy; parallelEdges: ParallelEdgePolicy }) {
    this.order = data.order;
    this.size = data.size;
    this.directed = data.directed;
    this.weighted = data.weighted;
    this.offsets = data.offsets;
    this.targets = data.targets;
    this.weights = data.weights;
    this.edgeIds = data.edgeIds;
    this.inOffsets = data.inOffsets;
    this.inSources = data.inSources;
    this.inWeights = data.inWeights;
    this.inEdgeIds = data.inEdgeIds;
    this.edgeSources = data.edgeSources;
    this.edgeTargets = data.edgeTargets;
    this.edgeWeights = data.edgeWeights;
    this.keyList = keys;
    this.buildReport = Object.freeze({
      selfLoopsIgnored: data.selfLoopsIgnored,
      parallelEdgesMerged: data.parallelEdgesMerged,
      selfLoops: policies.selfLoops,
      parallelEdges: policies.parallelEdges,
    });
    Object.freeze(this);
  }

  /**
   * Builds a graph from edge rows: objects `{ source, target, weight? }` or tuples
   * `[source, target, weight?]`. Node keys are strings (numbers are stringified); nodes are
   * indexed in order of first appearance, after any `nodes` given in the options.
   * Complexity O(n + m).
   *
   * @throws TiescopeError `INVALID_ROW` (missing or non-key endpoint), `INVALID_WEIGHT`,
   *   `SELF_LOOP` / `PARALLEL_EDGE` under the `"error"` policies, `UNKNOWN_OPTION`.
   * @example
   * ```ts
   * const g = SocialGraph.fromEdges([["ann", "bob", 3], ["bob", "cy", 1]]);
   * g.order; // 3
   * g.strength(g.index("bob")); // 4
   * ```
   */
  static fromEdges(rows: Iterable<EdgeRow>, options?: FromEdgesOptions): SocialGraph {
    const input = edgesFromRows(rows, options);
    return new SocialGraph(buildCsr(input.csr), input.keys, input.csr);
  }

  /**
   * Builds a graph from a graphology `Graph`. Direction is read from the graph: a mixed graph
   * holding both kinds of edges throws `MIXED_GRAPH`. A multigraph's parallel edges follow
   * `parallelEdges`. The weight accessor is evaluated once per edge.
   *
   * @throws TiescopeError `MIXED_GRAPH`, `INVALID_WEIGHT`, `SELF_LOOP`, `PARALLEL_EDGE`, `UNKNOWN_OPTION`.
   * @example
   * ```ts
   * const g = SocialGraph.fromGraphology(graph, { weight: "weight" });
   * ```
   */
  static fromGraphology(graph: AbstractGraph, options?: FromGraphologyOptions): SocialGraph {
    const input = edgesFromGraphology(graph, options);
    return new SocialGraph(buildCsr(input.csr), input.keys, input.csr);
  }

  /**
   * The bulk builder for millions of edges: node indices in two `Int32Array`s (and optional
   * weights). Keys default to the decimal index (`"0"`, `"1"`, ...), created lazily.
   * Complexity O(n + m) with no per-edge allocation.
   *
   * @throws TiescopeError `UNKNOWN_NODE` (an index outside `[0, order)`), `INVALID_WEIGHT`,
   *   `LENGTH_MISMATCH`, `SELF_LOOP`, `PARALLEL_EDGE`, `UNKNOWN_OPTION`.
   */
  static fromArrays(sources: Int32Array, targets: Int32Array, weights?: Float64Array | null, options?: FromArraysOptions): SocialGraph {
    const input = arraysInput(sources, targets, weights ?? null, options);
    return new SocialGraph(buildCsr(input.csr), input.keys, input.csr);
  }

  /** The key of node `i`. @throws TiescopeError `UNKNOWN_NODE` when `i` is out of range. */
  key(i: number): string {
    if (!(i >= 0 && i < this.order) || !Number.isInteger(i)) {
      throw new TiescopeError("UNKNOWN_NODE", `SocialGraph.key: no node with index ${show(i)} (order ${this.order})`, { node: i });
    }
    return this.keyList ? this.keyList[i]! : String(i);
  }

  /** All node keys in index order (a new array). */
  keys(): string[] {
    if (this.keyList) return this.keyList.slice();
    const out = new Array<string>(this.order);
    for (let i = 0; i < this.order; i++) out[i] = String(i);
    return out;
  }

  /** The index of `key`, or -1 when it is not a node. Numbers are stringified. */
  indexOrMissing(key: string | number): number {
    const k = typeof key === "number" ? String(key) : key;
    if (!this.keyList) {
      const i = /^(0|[1-9]\d*)$/.test(k) ? Number(k) : -1;
      return i < this.order ? i : -1;
    }
    let map = this.cache.keyIndex;
    if (!map) {
      map = new Map<string, number>();
      for (let i = 0; i < this.keyList.length; i++) map.set(this.keyList[i]!, i);
      this.cache.keyIndex = map;
    }
    return map.get(k) ?? -1;
  }

  /** The index of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  index(key: string | number): number {
    const i = this.indexOrMissing(key);
    if (i < 0) throw new TiescopeError("UNKNOWN_NODE", `SocialGraph.index: no node ${show(key)}`, { node: key });
    return i;
  }

  /** True when `key` is a node. */
  hasNode(key: string | number): boolean {
    return this.indexOrMissing(key) >= 0;
  }

  /** Number of neighbours (undirected) or out-degree plus in-degree (directed), as in NetworkX. */
  degree(i: number): number {
    this.checkIndex("degree", i);
    const out = this.offsets[i + 1]! - this.offsets[i]!;
    return this.directed ? out + this.inOffsets[i + 1]! - this.inOffsets[i]! : out;
  }

  /** Out-degree (equals `degree` on an undirected graph). */
  outDegree(i: number): number {
    this.checkIndex("outDegree", i);
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  /** In-degree (equals `degree` on an undirected graph). */
  inDegree(i: number): number {
    this.checkIndex("inDegree", i);
    return this.inOffsets[i + 1]! - this.inOffsets[i]!;
  }

  /** Weighted degree: the sum of incident edge weights (out plus in on a directed graph). */
  strength(i: number): number {
    this.checkIndex("strength", i);
    let s = 0;
    for (let h = this.offsets[i]!; h < this.offsets[i + 1]!; h++) s += this.weights[h]!;
    if (this.directed) for (let h = this.inOffsets[i]!; h < this.inOffsets[i + 1]!; h++) s += this.inWeights[h]!;
    return s;
  }

  /** The sum of all edge weights. */
  totalWeight(): number {
    let s = 0;
    for (let e = 0; e < this.size; e++) s += this.edgeWeights[e]!;
    return s;
  }

  /** A read-only view of `i`'s (out-)neighbour indices, sorted. No copy is made. */
  neighbors(i: number): Int32Array {
    this.checkIndex("neighbors", i);
    return this.targets.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }

  /** A read-only view of `i`'s in-neighbour indices, sorted (equals `neighbors` when undirected). */
  inNeighbors(i: number): Int32Array {
    this.checkIndex("inNeighbors", i);
    return this.inSources.subarray(this.inOffsets[i]!, this.inOffsets[i + 1]!);
  }

  /**
   * Calls `callback(neighbor, weight, edgeId)` for each (out-)neighbour of `i` in index order,
   * allocating nothing per neighbour.
   */
  forEachNeighbor(i: number, callback: (neighbor: number, weight: number, edgeId: number) => void): void {
    this.checkIndex("forEachNeighbor", i);
    for (let h = this.offsets[i]!; h < this.offsets[i + 1]!; h++) callback(this.targets[h]!, this.weights[h]!, this.edgeIds[h]!);
  }

  /**
   * The id of the edge `u -> v` (either order when undirected), or -1 when there is none.
   * Binary search over `u`'s sorted row: O(log deg(u)).
   */
  edgeId(u: number, v: number): number {
    this.checkIndex("edgeId", u);
    this.checkIndex("edgeId", v);
    let lo = this.offsets[u]!;
    let hi = this.offsets[u + 1]! - 1;
    const t = this.targets;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = t[mid]!;
      if (x === v) return this.edgeIds[mid]!;
      if (x < v) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** True when the edge `u -> v` (either order when undirected) exists. */
  hasEdge(u: number, v: number): boolean {
    return this.edgeId(u, v) >= 0;
  }

  /** `[source, target]` of edge `e` (on an undirected graph, source < target). @throws `UNKNOWN_EDGE`. */
  edgeEndpoints(e: number): [number, number] {
    this.checkEdge("edgeEndpoints", e);
    return [this.edgeSources[e]!, this.edgeTargets[e]!];
  }

  /** The weight of edge `e`. @throws `UNKNOWN_EDGE`. */
  edgeWeight(e: number): number {
    this.checkEdge("edgeWeight", e);
    return this.edgeWeights[e]!;
  }

  /**
   * A new graphology `Graph` with the same nodes (in index order), edges and, when the graph
   * is weighted, a `weight` attribute on each edge (or the attribute named by `weight`).
   */
  toGraphology({ weight = "weight" }: { weight?: string } = {}): Graph {
    const graph = new Graph({ type: this.directed ? "directed" : "undirected", multi: false, allowSelfLoops: true });
    for (let i = 0; i < this.order; i++) graph.addNode(this.key(i));
    for (let e = 0; e < this.size; e++) {
      const attributes = this.weighted ? { [weight]: this.edgeWeights[e]! } : {};
      graph.addEdge(this.key(this.edgeSources[e]!), this.key(this.edgeTargets[e]!), attributes);
    }
    return graph;
  }

  /** Throws `UNKNOWN_NODE` unless `i` is a node index. */
  checkIndex(fn: string, i: number): void {
    if (!(i >= 0 && i < this.order) || !Number.isInteger(i)) {
      throw new TiescopeError("UNKNOWN_NODE", `SocialGraph.${fn}: no node with index ${show(i)} (order ${this.order})`, { node: i });
    }
  }

  private checkEdge(fn: string, e: number): void {
    if (!(e >= 0 && e < this.size) || !Number.isInteger(e)) {
      throw new TiescopeError("UNKNOWN_EDGE", `SocialGraph.${fn}: no edge with id ${show(e)} (size ${this.size})`, { edge: e });
    }
  }
}
