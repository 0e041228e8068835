/**
 * Engagement versus reach: how many people an account touches, how many of them actually
 * engage, how strongly and how reciprocally, and how much of their attention it holds.
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { commonNeighborStats, toInputEdges } from "../ties/common-neighbors.js";
import { checkChoice, checkNumber, resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { adjacency, DIRECTIONS, type ReachDirection } from "./adjacency.js";
import { kHopReachValues, type ReachMethod } from "./k-hop-reach.js";
import { assignNodeValues } from "./node-result.js";
import { resolveTies, type TiesInput } from "./strength-from-weights.js";

/** The four engagement-versus-reach quadrants of {@link scoreEngagementReach}. */
export type EngagementQuadrant = "power" | "broadcaster" | "engaged-core" | "quiet";

/** Options of {@link scoreEngagementReach}. */
export interface EngagementReachOptions extends LongRunningOptions {
  /** Per-edge tie strength in [0, 1] (a tie-strength result or a `Float64Array`). Default {@link strengthFromWeights}. */
  ties?: TiesInput;
  /** Who a node's audience is on a directed graph: `"in"` (those with an arc to it: followers, people who reply or retweet), `"out"` or `"both"`. Default `"in"`. */
  audience?: ReachDirection;
  /** Hops of `extendedReach`, an integer >= 1. Default 2. */
  hops?: number;
  /** Strength from which an audience member counts as engaged, in [0, 1]. Default: `ties.threshold`. */
  minStrength?: number;
  /** How `extendedReach` is counted. Default: `"exact"` up to 200,000 nodes, else `"hyperball"`. */
  reachMethod?: ReachMethod;
  /** HyperBall registers (log2) for `extendedReach`. Default 10. */
  log2m?: number;
  /** HyperBall hash seed. Default 0. */
  seed?: number;
  /** Reach from which a node is "high reach". Default: the median reach of nodes with reach > 0. */
  reachCutoff?: number;
  /** Engagement rate from which a node is "high engagement" (a rate of 0 never is). Default: the median rate of nodes with reach > 0. */
  engagementCutoff?: number;
}

/** The defaults of {@link scoreEngagementReach} (`undefined` entries are derived from the data). */
export const ENGAGEMENT_REACH_DEFAULTS: Readonly<EngagementReachOptions> = Object.freeze({
  ties: undefined,
  audience: "in",
  hops: 2,
  minStrength: undefined,
  reachMethod: undefined,
  log2m: 10,
  seed: 0,
  reachCutoff: undefined,
  engagementCutoff: undefined,
  onProgress: undefined,
  signal: undefined,
});

/** One node's scores, as a plain object. */
export interface EngagementReachRow {
  node: string;
  reach: number;
  extendedReach: number;
  engagedAudience: number;
  engagedCount: number;
  engagementRate: number;
  trust: number;
  attention: number;
  influence: number;
  quadrant: EngagementQuadrant;
}

/** The result of {@link scoreEngagementReach}: arrays indexed by node index. */
export interface EngagementReachResult {
  readonly reach: Float64Array;
  readonly extendedReach: Float64Array;
  readonly engagedAudience: Float64Array;
  readonly engagedCount: Float64Array;
  readonly engagementRate: Float64Array;
  readonly trust: Float64Array;
  /** Σ over the audience of the share of each member's interactions that goes to the node. */
  readonly attention: Float64Array;
  readonly influence: Float64Array;
  readonly quadrant: readonly EngagementQuadrant[];
  /** The cut-offs actually used for the quadrants, and the strength from which a member is engaged. */
  readonly cutoffs: { readonly reach: number; readonly engagementRate: number; readonly minStrength: number };
  /** The scores of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  get(key: string | number): EngagementReachRow;
  rows(): EngagementReachRow[];
  /** Writes every score as a node attribute `${prefix}${name}` (default prefix `""`) into a graphology graph. */
  assign(graph: AbstractGraph, prefix?: string): void;
}

/**
 * Scores every node v on reach and engagement. With A(v) the audience of v (the other ends of
 * its `audience` arcs; its neighbours on an undirected graph), s_av the strength of the tie
 * between a and v (the larger of the two arcs when `audience` is `"both"`), w_av its interaction
 * weight (edge weight) and W_a the total weight a gives to everyone it is audience of (its
 * out-strength for `"in"`, in-strength for `"out"`, total strength otherwise):
 *
 * - `reach(v) = |A(v)|`; `extendedReach(v)` = people within `hops` hops along the same arcs ({@link kHopReach});
 * - `engagedAudience(v) = Σ_{a ∈ A(v)} s_av`; `engagedCount(v) = |{a : s_av >= minStrength}|`;
 * - `engagementRate(v) = engagedCount(v) / reach(v)` (0 when reach is 0);
 * - per tie, trust `τ_av = (r_av + o_av) / 2` with r_av = 1 when the arcs go both ways (always on an
 *   undirected graph) and o_av Onnela's neighbourhood overlap `n_av / ((k_a - 1) + (k_v - 1) - n_av)`
 *   on the symmetrised graph (n_av common neighbours, k degrees; 0 when the denominator is 0);
 * - `trust(v)` = the strength-weighted mean of τ_av over engaged members, `Σ s_av τ_av / Σ s_av` (0 with none);
 * - attention `α_av = w_av / W_a`; `attention(v) = Σ_a α_av`; `influence(v) = Σ_a α_av · τ_av`
 *   (attention times trust: attention without trust adds nothing);
 * - `quadrant(v)`: reach >= reachCutoff and rate >= engagementCutoff is `"power"`; high reach,
 *   low rate `"broadcaster"`; low reach, high rate `"engaged-core"`; otherwise `"quiet"` (also every
 *   node with reach 0). A rate of 0 is never high, even when the cut-off is 0. Default cut-offs:
 *   the medians of reach and of the rate over nodes with reach > 0.
 *
 * @param g - the graph; on a directed graph an arc a -> v reads "a interacts with / follows v".
 * @param options - {@link EngagementReachOptions}; defaults in {@link ENGAGEMENT_REACH_DEFAULTS}.
 * @returns per node index the scores above (counts >= 0; rate, trust in [0, 1]; influence in [0, reach]).
 * @throws TiescopeError `INVALID_OPTION`, `UNKNOWN_OPTION`, `LENGTH_MISMATCH` and `INVALID_WEIGHT`
 *   (ties of the wrong length or outside [0, 1]), `ABORTED`.
 * @example
 * ```ts
 * // a and b message hub often and each other; c follows hub once.
 * const g = SocialGraph.fromEdges([["a", "hub", 5], ["hub", "a", 5], ["b", "hub", 5], ["a", "b", 2], ["c", "hub", 1]], { directed: true });
 * const r = scoreEngagementReach(g);
 * r.get("hub").reach; // 3
 * r.get("hub").engagedCount; // 2 (a and b; c's single follow is weak)
 * ```
 * @remarks
 * Complexity O(m log d_max + m · d_max) (embeddedness dominates) plus the k-hop reach. Degenerate
 * cases: a node nobody engages with gets reach 0, rate 0, trust 0, influence 0 and `"quiet"`.
 *
 * References: M. Cha, H. Haddadi, F. Benevenuto, K. Gummadi, "Measuring user influence in
 * Twitter: the million follower fallacy", ICWSM 2010, doi:10.1609/icwsm.v4i1.14033;
 * J.-P. Onnela et al., "Structure and tie strengths in mobile communication networks", PNAS 2007,
 * doi:10.1073/pnas.0610245104; M. Granovetter, "The strength of weak ties", AJS 1973, doi:10.1086/225469.
 */
export function scoreEngagementReach(g: SocialGraph, options?: EngagementReachOptions): EngagementReachResult {
  const fn = "scoreEngagementReach";
  const o = resolveOptions(fn, options, ENGAGEMENT_REACH_DEFAULTS);
  const dir = checkChoice(fn, "audience", o.audience, DIRECTIONS);
  const hops = checkNumber(fn, "hops", o.hops, { min: 1, integer: true });
  const { strength: s, threshold } = resolveTies(fn, g, o.ties);
  const minStrength = checkNumber(fn, "minStrength", o.minStrength ?? threshold, { min: 0, max: 1 });
  const reachMethod = checkChoice(fn, "reachMethod", o.reachMethod ?? (g.order <= 200_000 ? "exact" : "hyperball"), ["exact", "hyperball"] as const);
  const n = g.order;
  const directed = g.directed;
  // One symmetrisation serves the degrees, the common-neighbour counts and the "both" adjacency.
  const { graph: sym, counts } = commonNeighborStats(g, false);
  const emb = toInputEdges(g, sym, counts);
  const adj = adjacency(g, dir, sym);
  const W = g.edgeWeights;
  const outStr = new Float64Array(n);
  const inStr = new Float64Array(n);
  for (let e = 0; e < g.size; e++) {
    outStr[g.edgeSources[e]!]! += W[e]!;
    inStr[g.edgeTargets[e]!]! += W[e]!;
  }
  const reach = new Float64Array(n);
  const engagedAudience = new Float64Array(n);
  const engagedCount = new Float64Array(n);
  const engagementRate = new Float64Array(n);
  const trust = new Float64Array(n);
  const attention = new Float64Array(n);
  const influence = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if ((v & 0xffff) === 0) throwIfAborted(fn, o.signal);
    let count = 0;
    let trustSum = 0;
    let trustWeight = 0;
    const kv = sym.offsets[v + 1]! - sym.offsets[v]!;
    for (let h = adj.offsets[v]!; h < adj.offsets[v + 1]!; h++) {
      const a = adj.targets[h]!;
      if (a === v) continue;
      let inArc: number; // a -> v
      let outArc: number; // v -> a
      if (!directed) inArc = outArc = adj.edgeIds[h]!;
      else if (dir === "in") (inArc = adj.edgeIds[h]!), (outArc = g.edgeId(v, a));
      else if (dir === "out") (outArc = adj.edgeIds[h]!), (inArc = g.edgeId(a, v));
      else (outArc = adj.edgeIds[h]!), (inArc = adj.reverseIds![h]!);
      let sav: number;
      let wav: number;
      let Wa: number;
      if (!directed) (sav = s[inArc]!), (wav = W[inArc]!), (Wa = outStr[a]! + inStr[a]!);
      else if (dir === "in") (sav = s[inArc]!), (wav = W[inArc]!), (Wa = outStr[a]!);
      else if (dir === "out") (sav = s[outArc]!), (wav = W[outArc]!), (Wa = inStr[a]!);
      else {
        sav = Math.max(inArc >= 0 ? s[inArc]! : 0, outArc >= 0 ? s[outArc]! : 0);
        wav = (inArc >= 0 ? W[inArc]! : 0) + (outArc >= 0 ? W[outArc]! : 0);
        Wa = outStr[a]! + inStr[a]!;
      }
      const r = !directed || (inArc >= 0 && outArc >= 0) ? 1 : 0;
      const common = emb[inArc >= 0 ? inArc : outArc]!;
      const ka = sym.offsets[a + 1]! - sym.offsets[a]!;
      const denominator = ka - 1 + (kv - 1) - common;
      const overlap = denominator > 0 ? common / denominator : 0;
      const tau = (r + overlap) / 2;
      const alpha = Wa > 0 ? wav / Wa : 0;
      reach[v]!++;
      engagedAudience[v]! += sav;
      attention[v]! += alpha;
      influence[v]! += alpha * tau;
      if (sav >= minStrength) {
        count++;
        trustSum += sav * tau;
        trustWeight += sav;
      }
    }
    engagedCount[v] = count;
    engagementRate[v] = reach[v]! > 0 ? count / reach[v]! : 0;
    trust[v] = trustWeight > 0 ? trustSum / trustWeight : 0;
  }
  const extended = kHopReachValues(
    g,
    { hops, direction: dir, method: reachMethod, log2m: o.log2m, seed: o.seed, signal: o.signal, onProgress: o.onProgress },
    adj,
  ).reach;
  const reachCut = checkNumber(fn, "reachCutoff", o.reachCutoff ?? medianPositive(reach, reach), { min: 0 });
  const rateCut = checkNumber(fn, "engagementCutoff", o.engagementCutoff ?? medianPositive(engagementRate, reach), { min: 0, max: 1 });
  const quadrant = new Array<EngagementQuadrant>(n);
  for (let v = 0; v < n; v++) {
    const wide = reach[v]! > 0 && reach[v]! >= reachCut;
    const engaged = engagementRate[v]! > 0 && engagementRate[v]! >= rateCut;
    quadrant[v] = wide ? (engaged ? "power" : "broadcaster") : engaged ? "engaged-core" : "quiet";
  }
  const arrays = { reach, extendedReach: extended, engagedAudience, engagedCount, engagementRate, trust, attention, influence };
  const row = (v: number): EngagementReachRow => ({
    node: g.key(v),
    reach: reach[v]!,
    extendedReach: extended[v]!,
    engagedAudience: engagedAudience[v]!,
    engagedCount: engagedCount[v]!,
    engagementRate: engagementRate[v]!,
    trust: trust[v]!,
    attention: attention[v]!,
    influence: influence[v]!,
    quadrant: quadrant[v]!,
  });
  return {
    ...arrays,
    quadrant,
    cutoffs: Object.freeze({ reach: reachCut, engagementRate: rateCut, minStrength }),
    get: (key) => row(g.index(key)),
    rows: () => Array.from({ length: n }, (_, v) => row(v)),
    assign(graph, prefix = "") {
      for (const [name, values] of Object.entries(arrays)) assignNodeValues(g, graph, prefix + name, values);
      assignNodeValues(g, graph, prefix + "quadrant", quadrant);
    },
  };
}

/** The median of `values[i]` over the nodes with `reach[i] > 0` (0 when there are none). */
function medianPositive(values: Float64Array, reach: Float64Array): number {
  const picked: number[] = [];
  for (let i = 0; i < values.length; i++) if (reach[i]! > 0) picked.push(values[i]!);
  if (picked.length === 0) return 0;
  const sorted = Float64Array.from(picked).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
