/**
 * Zachary's karate club (W. W. Zachary, "An information flow model for conflict and fission in
 * small groups", J. Anthropol. Res. 33(4):452–473, 1977, doi:10.1086/jar.33.4.3629752): 34
 * members, 78 friendships, weighted by the number of contexts in which two members interacted
 * (NetworkX's `karate_club_graph`), and the faction each joined after the club split.
 */
import { SocialGraph } from "../graph/social-graph.js";
import { checkBoolean, resolveOptions } from "../util/options.js";
import { KARATE_CLUBS, KARATE_EDGES } from "./karate-data.js";

/** Options of {@link karateClub}. */
export interface KarateOptions {
  /** Keep the interaction-context weights. Default true; false gives the classic unweighted graph. */
  weighted?: boolean;
}

/** The defaults of {@link karateClub}. */
export const KARATE_DEFAULTS: Readonly<Required<KarateOptions>> = Object.freeze({ weighted: true });

/** The karate club network and its ground truth. */
export interface KarateClub {
  /** Undirected graph; node keys `"0"` … `"33"` (NetworkX's numbering), node index = member number. */
  readonly graph: SocialGraph;
  /** The faction of each member after the split: `"Mr. Hi"` or `"Officer"`, by node index. */
  readonly clubs: readonly string[];
}

/**
 * Zachary's karate club as a {@link SocialGraph} with its faction labels.
 *
 * @example
 * ```ts
 * const { graph, clubs } = karateClub();
 * graph.order; // 34
 * graph.size;  // 78
 * ```
 */
export function karateClub(options?: KarateOptions): KarateClub {
  const o = resolveOptions("karateClub", options, KARATE_DEFAULTS);
  const weighted = checkBoolean("karateClub", "weighted", o.weighted);
  const nodes = KARATE_CLUBS.map((_, i) => String(i));
  const rows = KARATE_EDGES.map(([u, v, w]) => (weighted ? ([u, v, w] as const) : ([u, v] as const)));
  return { graph: SocialGraph.fromEdges(rows, { nodes }), clubs: KARATE_CLUBS.slice() };
}
