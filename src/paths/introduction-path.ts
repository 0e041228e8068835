/**
 * Warm introduction paths: the chain of people from one person to another whose ties are, taken
 * together, the most trusted. Trust in a chain is the product of its tie strengths (each hop is
 * an independent chance that the recommendation is passed on and believed), so the best chain
 * minimises Σ −ln strength: a shortest-path problem solved by ngraph.path on the CSR core.
 *
 * M. Granovetter, "The strength of weak ties", Am. J. Sociol. 78(6):1360–1380 (1973),
 * doi:10.1086/225469; E. W. Dijkstra, "A note on two problems in connexion with graphs",
 * Numer. Math. 1:269–271 (1959), doi:10.1007/BF01386390; W. Pijls & H. Post, "Yet another
 * bidirectional algorithm for shortest paths" (NBA*), Econometric Institute Report EI 2009-10.
 */
import { aStar, nba } from "ngraph.path";
import type { SocialGraph } from "../graph/social-graph.js";
import type { NodeKey } from "../graph/from-edges.js";
import type { TieStrengthLike } from "../ties/types.js";
import { resolveTies } from "../ties/resolve-ties.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import { boundedCheapestPath } from "./bounded-path.js";
import { CsrPathGraph, type CsrPathNode } from "./csr-ngraph.js";

/** Options of {@link introductionPath} and {@link introductionPathFinder}. */
export interface IntroductionPathOptions {
  /** Tie strengths in [0, 1] (required): a tie-strength result or any {@link TieStrengthLike}. */
  ties?: TieStrengthLike;
  /** People who must not appear as intermediaries (keys). Endpoints are never avoided. Default none. */
  avoid?: Iterable<NodeKey>;
  /** The most hops (ties) the chain may have: a positive integer or `Infinity` (default). */
  maxHops?: number;
}

/** The defaults of {@link introductionPath}. */
export const INTRODUCTION_PATH_DEFAULTS: Readonly<IntroductionPathOptions> = Object.freeze({
  ties: undefined,
  avoid: undefined,
  maxHops: Infinity,
});

/** One hop of an {@link IntroductionPath}. */
export interface IntroductionHop {
  from: string;
  to: string;
  /** The edge id crossed. */
  edge: number;
  /** The tie's strength in [0, 1]. */
  strength: number;
}

/** A chain of introductions, ordered from source to target; `found` is false when there is none. */
export interface IntroductionPath {
  readonly found: boolean;
  /** Node keys from source to target (empty when not found). */
  readonly nodes: readonly string[];
  /** Node indices from source to target (empty when not found). */
  readonly indices: Int32Array;
  /** The hops, source side first. */
  readonly hops: readonly IntroductionHop[];
  /** The weakest hop (lowest strength), or `null` when there are no hops. */
  readonly weakestLink: IntroductionHop | null;
  /** The product of the hop strengths, in [0, 1]: 1 for a path of no hops, 0 when not found. */
  readonly trust: number;
  /** Σ −ln strength = −ln trust (`Infinity` when not found). */
  readonly cost: number;
  /** The hops as plain objects. */
  rows(): IntroductionHop[];
}

/** A reusable finder: the adapter and costs are built once, each `find` is one search. */
export interface IntroductionPathFinder {
  /** The best chain from `from` to `to`. @throws TiescopeError `UNKNOWN_NODE`. */
  find(from: NodeKey, to: NodeKey): IntroductionPath;
}

/**
 * Builds a finder for many {@link introductionPath} queries on the same graph and options:
 * the edge costs −ln strength, the `avoid` set and the ngraph.path search are set up once
 * (O(n + m)), then each `find` runs one search.
 *
 * @throws TiescopeError as {@link introductionPath}.
 * @example
 * ```ts
 * const finder = introductionPathFinder(g, { ties });
 * finder.find("ann", "dan").nodes; // ["ann", "bob", "cy", "dan"]
 * ```
 */
export function introductionPathFinder(g: SocialGraph, options?: IntroductionPathOptions): IntroductionPathFinder {
  const fn = "introductionPath";
  const o = resolveOptions(fn, options, INTRODUCTION_PATH_DEFAULTS);
  const ties = resolveTies(fn, g, o.ties);
  const maxHops = checkNumber(fn, "maxHops", o.maxHops ?? Infinity, {
    min: 1,
    integer: true,
    allowInfinity: true,
    expected: "a positive integer or Infinity",
  });
  let blocked: Uint8Array | null = null;
  if (o.avoid !== undefined) {
    if (o.avoid === null || typeof (o.avoid as Iterable<NodeKey>)[Symbol.iterator] !== "function" || typeof o.avoid === "string") {
      throw new TiescopeError("INVALID_OPTION", `${fn}: option avoid must be an iterable of node keys, got ${show(o.avoid)}`, { option: "avoid" });
    }
    blocked = new Uint8Array(g.order);
    for (const key of o.avoid) {
      const i = g.indexOrMissing(key);
      if (i < 0) throw new TiescopeError("UNKNOWN_NODE", `${fn}: avoid names ${show(key)}, which is not a node`, { node: key });
      blocked[i] = 1;
    }
  }
  const strength = ties.strength;
  const cost = new Float64Array(g.size);
  for (let e = 0; e < g.size; e++) cost[e] = 0 - Math.log(strength[e]!);
  const view = new CsrPathGraph(g, cost, blocked);
  const distance = (_a: CsrPathNode, _b: CsrPathNode, link: { id: number }): number => cost[link.id]!;
  // Bidirectional NBA* on undirected graphs; one-directional A* (Dijkstra, zero heuristic) along
  // arcs on directed graphs, where the adapter walks out-arcs only.
  const search = g.directed ? aStar(view as never, { distance: distance as never }) : nba(view as never, { distance: distance as never });
  const endpoint = (key: NodeKey, role: string): number => {
    const i = g.indexOrMissing(key);
    if (i < 0) throw new TiescopeError("UNKNOWN_NODE", `${fn}: no ${role} node ${show(key)}`, { node: key });
    return i;
  };
  return {
    find(fromKey, toKey) {
      const from = endpoint(fromKey, "source");
      const to = endpoint(toKey, "target");
      if (from === to) return makePath(g, strength, [from]);
      view.source = from;
      view.target = to;
      const found = search.find(from as never, to as never) as unknown as CsrPathNode[];
      let path: number[] | null = null;
      // ngraph.path returns target first; anything not joining both endpoints means "no path".
      if (found.length >= 2 && found[0]!.id === to && found[found.length - 1]!.id === from) {
        path = found.map((node) => node.id).reverse();
      }
      if (path && path.length - 1 > maxHops) path = boundedCheapestPath(g, cost, blocked, from, to, maxHops);
      return path ? makePath(g, strength, path) : NO_PATH;
    },
  };
}

/**
 * The warm introduction path from `from` to `to`: the chain of people that maximises the product
 * of tie strengths, trust = Π s_e, found as the shortest path under edge cost −ln s_e
 * (a tie of strength 1 costs 0; a tie of strength 0 cannot be used).
 *
 * The search is ngraph.path (bidirectional NBA* on undirected graphs, A* along arcs on directed
 * graphs, both with a zero heuristic, i.e. Dijkstra) running directly on the CSR arrays through
 * a small adapter: no copy of the graph. `maxHops` bounds the number of ties: when the best
 * chain is longer, the best chain of at most `maxHops` ties is found instead by a hop-layered
 * Bellman–Ford over typed arrays (O(maxHops · m) worst case).
 *
 * Options: `ties` (required), `avoid` (keys never used as intermediaries), `maxHops` (Infinity).
 * For many queries build an {@link introductionPathFinder} once.
 *
 * @returns the chain ordered source to target with each hop's strength, the weakest link and
 *   the overall trust in [0, 1]; `found: false` with empty `nodes` when no chain exists
 *   (within `maxHops`, avoiding `avoid`).
 * @throws TiescopeError `UNKNOWN_NODE` (an endpoint or an `avoid` key that is not a node),
 *   `INVALID_OPTION` (missing ties, bad `maxHops` or `avoid`), `UNKNOWN_OPTION`,
 *   `LENGTH_MISMATCH`, `INVALID_WEIGHT` (a strength outside [0, 1]).
 * @example
 * ```ts
 * // ann-bob 0.9, bob-cy 0.9, cy-dan 0.9 (three strong hops) versus ann-eve 0.2, eve-dan 0.3 (two weak hops)
 * const p = introductionPath(g, "ann", "dan", { ties });
 * p.nodes;             // ["ann", "bob", "cy", "dan"]
 * p.trust;             // 0.729 (= 0.9³, beats 0.2 · 0.3 = 0.06)
 * p.weakestLink;       // { from: "ann", to: "bob", edge: 0, strength: 0.9 }
 * introductionPath(g, "ann", "dan", { ties, maxHops: 2 }).nodes; // ["ann", "eve", "dan"]
 * ```
 *
 * Complexity: one search, O((n + m) log n) worst case per query; O(n + m) set-up.
 *
 * Degenerate cases: `from === to` gives a path of one node and trust 1; unreachable targets give
 * `found: false`, trust 0, cost Infinity.
 *
 * References: Granovetter (1973) doi:10.1086/225469; Dijkstra (1959) doi:10.1007/BF01386390;
 * Pijls & Post (2009), NBA*; Bellman (1958).
 */
export function introductionPath(g: SocialGraph, from: NodeKey, to: NodeKey, options?: IntroductionPathOptions): IntroductionPath {
  return introductionPathFinder(g, options).find(from, to);
}

const NO_PATH: IntroductionPath = Object.freeze({
  found: false,
  nodes: Object.freeze([]) as readonly string[],
  indices: new Int32Array(0),
  hops: Object.freeze([]) as readonly IntroductionHop[],
  weakestLink: null,
  trust: 0,
  cost: Infinity,
  rows: () => [],
});

/** Builds the result for a path of node indices (internal; used by suggestIntroductions too). @internal */
export function makePath(g: SocialGraph, strength: Float64Array, path: readonly number[]): IntroductionPath {
  const hops: IntroductionHop[] = [];
  let trust = 1;
  let cost = 0;
  let weakest: IntroductionHop | null = null;
  for (let k = 0; k + 1 < path.length; k++) {
    const u = path[k]!;
    const v = path[k + 1]!;
    const edge = g.edgeId(u, v);
    const s = strength[edge]!;
    const hop = { from: g.key(u), to: g.key(v), edge, strength: s };
    hops.push(hop);
    trust *= s;
    cost -= Math.log(s);
    if (!weakest || s < weakest.strength) weakest = hop;
  }
  return {
    found: true,
    nodes: path.map((i) => g.key(i)),
    indices: Int32Array.from(path),
    hops,
    weakestLink: weakest,
    trust,
    cost: cost === 0 ? 0 : cost,
    rows: () => hops.map((h) => ({ ...h })),
  };
}
