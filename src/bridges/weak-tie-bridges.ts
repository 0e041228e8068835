/**
 * Weak-tie bridges: the edges that are both weak and bridging, ranked, each with its reasons.
 *
 * Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6),
 * 1360–1380. doi:10.1086/225469
 * Easley, D. & Kleinberg, J. (2010). Networks, Crowds, and Markets, ch. 3.
 * doi:10.1017/CBO9780511761942
 * Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks.
 * PNAS 104(18), 7332–7336. doi:10.1073/pnas.0610245104
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveMembership, type CommunityLabel, type MembershipInput } from "../graph/membership.js";
import { neighborhoodOverlap } from "../ties/overlap.js";
import type { TieStrengthLike } from "../ties/types.js";
import { checkBoolean, checkNumber, resolveOptions } from "../util/options.js";
import type { LongRunningOptions } from "../util/progress.js";
import { edgeBetweenness } from "./betweenness.js";
import { localBridges } from "./local-bridges.js";
import { resolveTies } from "../ties/resolve-ties.js";
import { assignEdges } from "./shared.js";
import { edgeIdOf, requireUndirected } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** Options of {@link weakTieBridges}. */
export interface WeakTieBridgesOptions extends LongRunningOptions {
  /** Tie strengths and weak flags (e.g. `estimateTieStrength(g)`). Default `null`: structure only, every tie may qualify. */
  ties?: TieStrengthLike | null;
  /** Communities (a partition, membership array, or key → label map). Default `null`: no community reason. */
  partition?: MembershipInput | null;
  /** Rank every edge, not only the weak bridging ones. Default `false`. */
  all?: boolean;
  /** Estimate edge betweenness from this many pivots (large graphs). Default `null` (exact). */
  pivots?: number | null;
  /** Seed for the pivots. Default 0. */
  seed?: number;
}

/** The defaults of {@link weakTieBridges}. */
export const WEAK_TIE_BRIDGES_DEFAULTS: Readonly<WeakTieBridgesOptions> = Object.freeze({
  ties: null,
  partition: null,
  all: false,
  pivots: null,
  seed: 0,
  onProgress: undefined,
  signal: undefined,
});

/** One ranked edge with the reasons behind its score. */
export interface WeakTieBridge {
  source: string;
  target: string;
  edge: number;
  /** The score in [0, 1] (see {@link weakTieBridges}). */
  score: number;
  /** Removing the edge disconnects its endpoints. */
  globalBridge: boolean;
  /** The endpoints share no neighbour. */
  localBridge: boolean;
  /** Hops between the endpoints without the edge (`Infinity` for a global bridge); `null` when not a local bridge. */
  span: number | null;
  /** The communities of source and target; `null` without a partition. */
  communities: [CommunityLabel, CommunityLabel] | null;
  /** True when the endpoints are in different communities. */
  crossesCommunities: boolean;
  /** Neighbourhood overlap in [0, 1] (0 for a local bridge). */
  overlap: number;
  /** Normalised edge betweenness. */
  betweenness: number;
  /** Tie strength in [0, 1]; `null` without `ties`. */
  strength: number | null;
  /** The tie is weak (always true without `ties`). */
  weak: boolean;
  /** Human-readable reasons, strongest first. */
  reasons: string[];
}

/** The result of {@link weakTieBridges}. */
export interface WeakTieBridgesResult {
  /** Score per edge id (every edge, ranked or not). */
  readonly score: Float64Array;
  /** Edge ids of the ranked edges, best first. */
  readonly edges: Int32Array;
  /** Number of ranked edges. */
  readonly count: number;
  /** The explanation of any edge `source - target` (ranked or not). @throws `UNKNOWN_NODE`, `UNKNOWN_EDGE`. */
  get(source: NodeKey, target: NodeKey): WeakTieBridge;
  /** The ranked edges, best first (the first `limit` when given). */
  rows(limit?: number): WeakTieBridge[];
  /** Writes edge attribute `attribute` (default `"weakTieBridgeScore"`) with every edge's score. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Ranks the ties that are both weak and bridging: Granovetter's strength of weak ties made
 * operational. An edge is ranked when it is weak (`ties.weak`; every edge without `ties`)
 * and bridging (a local bridge, or joining two communities of `partition`). Its score is
 *
 *   score = (1 − s) · (1 − O) · (1 + B / B_max) · (1 + X) / 4   ∈ [0, 1]
 *
 * with s its strength (0 without `ties`), O its neighbourhood overlap
 * n_ij / ((k_i − 1) + (k_j − 1) − n_ij), B its normalised edge betweenness (B_max the
 * largest over all edges; the term is 0 when every B is 0) and X = 1 when it joins two
 * communities (0 without `partition`). So a weak global bridge between two communities that
 * carries the most shortest paths scores 1; a strong or embedded tie scores near 0. Without
 * `ties` and `partition` the ranking is purely structural (local bridges by overlap and
 * betweenness). Each row also gives the span and whether the bridge is global.
 *
 * @param g - an undirected graph.
 * @param options - `ties`, `partition`, `all` (false), `pivots` (null = exact betweenness),
 *   `seed`, `onProgress`, `signal`; see {@link WEAK_TIE_BRIDGES_DEFAULTS}.
 * @returns {@link WeakTieBridgesResult}.
 * @throws TiescopeError `UNSUPPORTED_GRAPH` (directed: use {@link toUndirected}),
 *   `INVALID_OPTION`, `UNKNOWN_OPTION`, `LENGTH_MISMATCH`, `INVALID_WEIGHT`,
 *   `INVALID_PARTITION`, `UNKNOWN_NODE`, `ABORTED`.
 * @example
 * ```ts
 * // two triangles joined by the weak tie c-d
 * const g = SocialGraph.fromEdges([["a","b"],["b","c"],["c","a"],["c","d"],["d","e"],["e","f"],["f","d"]]);
 * const r = weakTieBridges(g, { partition: { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 } });
 * r.rows()[0].reasons; // ["global bridge", "joins communities 0 and 1", "edge betweenness 0.600 (highest)", "overlap 0.000"]
 * ```
 * Complexity: O(nm) for exact edge betweenness (O(km) with `pivots: k`), plus local bridges
 * and overlap (see {@link localBridges}); memory O(n + m).
 *
 * Degenerate cases: no edges → empty ranking; an edge whose endpoints have no other contact
 * has overlap 0 (0/0).
 */
export function weakTieBridges(g: SocialGraph, options?: WeakTieBridgesOptions): WeakTieBridgesResult {
  const fn = "weakTieBridges";
  const o = resolveOptions(fn, options, WEAK_TIE_BRIDGES_DEFAULTS);
  requireUndirected(fn, g, "symmetrise it with toUndirected");
  const all = checkBoolean(fn, "all", o.all);
  checkNumber(fn, "seed", o.seed, { integer: true });
  const ties = o.ties === null || o.ties === undefined ? null : resolveTies(fn, g, o.ties);
  const part = o.partition === null || o.partition === undefined ? null : resolveMembership(fn, g, o.partition);
  const m = g.size;
  const local = localBridges(g, { signal: o.signal });
  const spanOf = new Float64Array(m).fill(NaN);
  for (let k = 0; k < local.count; k++) spanOf[local.edges[k]!] = local.span[k]!;
  const overlap = neighborhoodOverlap(g);
  const between = edgeBetweenness(g, { pivots: o.pivots, seed: o.seed, onProgress: o.onProgress, signal: o.signal }).values;
  let bMax = 0;
  for (let e = 0; e < m; e++) if (between[e]! > bMax) bMax = between[e]!;
  const score = new Float64Array(m);
  const ranked: number[] = [];
  for (let e = 0; e < m; e++) {
    const crosses = part !== null && part.membership[g.edgeSources[e]!] !== part.membership[g.edgeTargets[e]!];
    const s = ties ? ties.strength[e]! : 0;
    const b = bMax > 0 ? between[e]! / bMax : 0;
    score[e] = ((1 - s) * (1 - overlap[e]!) * (1 + b) * (crosses ? 2 : 1)) / 4;
    const weak = ties ? ties.weak[e] === 1 : true;
    if (all || (weak && (local.isLocalBridge[e] === 1 || crosses))) ranked.push(e);
  }
  ranked.sort((a, b) => score[b]! - score[a]! || a - b);
  const edges = Int32Array.from(ranked);
  const explain = (e: number): WeakTieBridge => {
    const u = g.edgeSources[e]!;
    const v = g.edgeTargets[e]!;
    const span = Number.isNaN(spanOf[e]!) ? null : spanOf[e]!;
    const communities: [CommunityLabel, CommunityLabel] | null = part ? [part.labels[part.membership[u]!]!, part.labels[part.membership[v]!]!] : null;
    const crosses = part !== null && part.membership[u] !== part.membership[v];
    const strength = ties ? ties.strength[e]! : null;
    const weak = ties ? ties.weak[e] === 1 : true;
    const reasons: string[] = [];
    if (span === Infinity) reasons.push("global bridge");
    else if (span !== null) reasons.push(`local bridge, span ${span}`);
    if (crosses) reasons.push(`joins communities ${String(communities![0])} and ${String(communities![1])}`);
    if (bMax > 0) reasons.push(`edge betweenness ${between[e]!.toFixed(3)}${between[e] === bMax ? " (highest)" : ` (${((100 * between[e]!) / bMax).toFixed(0)}% of highest)`}`);
    if (ties) reasons.push(`${weak ? "weak" : "strong"} tie, strength ${strength!.toFixed(3)} (threshold ${ties.threshold.toFixed(3)})`);
    reasons.push(`overlap ${overlap[e]!.toFixed(3)}`);
    return {
      source: g.key(u),
      target: g.key(v),
      edge: e,
      score: score[e]!,
      globalBridge: span === Infinity,
      localBridge: span !== null,
      span,
      communities,
      crossesCommunities: crosses,
      overlap: overlap[e]!,
      betweenness: between[e]!,
      strength,
      weak,
      reasons,
    };
  };
  return {
    score,
    edges,
    count: edges.length,
    get: (source, target) => explain(edgeIdOf(`${fn}.get`, g, source, target)),
    rows: (limit = edges.length) => Array.from(edges.subarray(0, Math.max(0, limit)), explain),
    assign: (graph, attribute = "weakTieBridgeScore") => assignEdges(fn, graph, g, attribute, (e) => score[e]!),
  };
}
