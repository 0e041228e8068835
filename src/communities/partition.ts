/**
 * `Partition`: the result of community detection. Communities are numbered `0 .. count - 1`
 * by decreasing size (ties broken by the smallest node index in the community), so community 0
 * is always the largest and the numbering does not depend on internal label order.
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";

/** One row of {@link Partition.rows}: a node and its community. */
export interface PartitionRow {
  /** The node key. */
  node: string;
  /** The community id, `0 .. count - 1` (0 = largest). */
  community: number;
}

/** What the algorithm that produced a {@link Partition} was and what it optimised. */
export interface PartitionInfo {
  /** `"leiden"`, `"louvain"` or `"label-propagation"`. */
  readonly algorithm: string;
  /** The objective: `"modularity"` or `"cpm"` (label propagation reports `"modularity"` for its score). */
  readonly objective: "modularity" | "cpm";
  /** The resolution parameter used. */
  readonly resolution: number;
  /** The seed used (randomised algorithms); `null` otherwise. */
  readonly seed: number | null;
  /** Outer iterations (Leiden), levels (Louvain) or rounds (label propagation) actually run. */
  readonly iterations: number;
}

/**
 * A partition of a graph's nodes into communities.
 *
 * - `membership[i]` is the community of node index `i`, in `0 .. count - 1`, numbered by
 *   decreasing community size (community 0 is the largest; equal sizes are ordered by their
 *   smallest node index).
 * - `modularity` is the modularity of `membership` on the graph with the weights and resolution
 *   the algorithm used (Newman 2006 for undirected graphs, Leicht & Newman 2008 for directed
 *   ones); `NaN` when the graph has no edge weight at all.
 * - `quality` is the value of the objective that was optimised: equal to `modularity` for the
 *   modularity objective, the Constant Potts Model value `Σ_c [e_c − γ·n_c(n_c − 1)/2]` for CPM.
 * - `levels` is the hierarchy **from fine to coarse**: `levels[0]` is the finest level and the
 *   last entry equals `membership`. Each level is a full membership over the original nodes,
 *   numbered by decreasing size like `membership`, and each level's communities are unions of the
 *   previous level's. Louvain: the partition found at each aggregation level. Leiden: the refined
 *   partitions the graph was aggregated on (of the last pass), then the final partition. Label
 *   propagation: one level.
 */
export class Partition {
  /** Community id by node index, `0 .. count - 1`, by decreasing community size. */
  readonly membership: Int32Array;
  /** Number of communities. */
  readonly count: number;
  /** Number of nodes in each community (non-increasing). */
  readonly sizes: Int32Array;
  /** Modularity of `membership` (see the class comment). */
  readonly modularity: number;
  /** Value of the optimised objective (see the class comment). */
  readonly quality: number;
  /** How the partition was obtained. */
  readonly info: PartitionInfo;
  private readonly graph: SocialGraph;
  /** The levels once numbered, or how to number them on first use. */
  private readonly hierarchy: { levels: readonly Int32Array[] | null; make: (() => Int32Array[]) | null };

  /** Use {@link detectCommunities}; the constructor is internal. @internal */
  constructor(
    graph: SocialGraph,
    membership: Int32Array,
    count: number,
    modularity: number,
    quality: number,
    levels: readonly Int32Array[] | (() => Int32Array[]),
    info: PartitionInfo,
  ) {
    this.graph = graph;
    this.membership = membership;
    this.count = count;
    const sizes = new Int32Array(count);
    for (let i = 0; i < membership.length; i++) sizes[membership[i]!]!++;
    this.sizes = sizes;
    this.modularity = modularity;
    this.quality = quality;
    this.hierarchy = typeof levels === "function" ? { levels: null, make: levels } : { levels: Object.freeze(levels.slice()), make: null };
    this.info = Object.freeze({ ...info });
    Object.freeze(this);
  }

  /**
   * The hierarchy, fine to coarse; the last level equals `membership` (see the class comment).
   * Numbered by community size on first use, so a caller that never reads it does not pay for it.
   */
  get levels(): readonly Int32Array[] {
    const h = this.hierarchy;
    if (h.levels === null) {
      h.levels = Object.freeze(h.make!());
      h.make = null;
    }
    return h.levels;
  }

  /** The node keys of each community, community 0 (largest) first, keys in node index order. O(n). */
  communities(): string[][] {
    const out: string[][] = [];
    for (let c = 0; c < this.count; c++) out.push([]);
    for (let i = 0; i < this.membership.length; i++) out[this.membership[i]!]!.push(this.graph.key(i));
    return out;
  }

  /** The community of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  get(key: string | number): number {
    return this.membership[this.graph.index(key)]!;
  }

  /** One plain object per node, in node index order: `{ node, community }`. */
  rows(): PartitionRow[] {
    const out: PartitionRow[] = new Array(this.membership.length);
    for (let i = 0; i < this.membership.length; i++) out[i] = { node: this.graph.key(i), community: this.membership[i]! };
    return out;
  }

  /**
   * Writes each node's community id to the node attribute `attribute` (default `"community"`)
   * of a graphology graph holding the same node keys. Nodes of `graph` that are not in the
   * partition's graph are left alone.
   */
  assign(graph: AbstractGraph, attribute = "community"): void {
    for (let i = 0; i < this.membership.length; i++) {
      const key = this.graph.key(i);
      if (graph.hasNode(key)) graph.setNodeAttribute(key, attribute, this.membership[i]!);
    }
  }
}

/**
 * Renumbers arbitrary non-negative labels (each `< bound`) to `0 .. count - 1` by decreasing
 * community size, ties by smallest node index. Returns the new membership and the count. O(n + bound).
 * @internal
 */
export function renumberBySize(labels: Int32Array, bound: number): { membership: Int32Array; count: number } {
  const n = labels.length;
  // All allocations first: see aggregate() in work-graph.ts.
  const size = new Int32Array(bound);
  const start = new Int32Array(n + 1);
  const membership = new Int32Array(n);
  let maxSize = 0;
  for (let i = 0; i < n; i++) {
    const s = ++size[labels[i]!]!;
    if (s > maxSize) maxSize = s;
  }
  // A stable counting sort by decreasing size: bucket `maxSize - size` starts at `start[...]`,
  // and communities enter their bucket in order of first appearance.
  let count = 0;
  for (let c = 0; c < bound; c++) {
    const s = size[c]!;
    if (s > 0) {
      count++;
      start[maxSize - s + 1]!++;
    }
  }
  for (let k = 1; k <= maxSize; k++) start[k]! += start[k - 1]!;
  const rank = size; // reused: -1 - rank once a community has been numbered
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    let r = rank[c]!;
    if (r > 0) {
      r = start[maxSize - r]!++;
      rank[c] = -1 - r;
    } else r = -1 - r;
    membership[i] = r;
  }
  return { membership, count };
}
