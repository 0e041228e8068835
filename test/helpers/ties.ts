/** Test helpers: hand-made tie strengths and a fast-check arbitrary of random weighted graphs. */
import fc from "fast-check";
import { SocialGraph, type TieStrengthLike } from "../../src/index.js";

/** Ties with the given per-edge strengths; weak below `threshold`. */
export function tiesFromStrength(strength: Float64Array, threshold = 0.5): TieStrengthLike {
  return { strength, weak: Uint8Array.from(strength, (s) => (s < threshold ? 1 : 0)), threshold };
}

/** Ties from edge weights read as strengths; weak below `threshold`. */
export function tiesOf(g: SocialGraph, threshold = 0.5): TieStrengthLike {
  return tiesFromStrength(Float64Array.from(g.edgeWeights), threshold);
}

/** Bounds of {@link arbWeightedGraph}. */
export interface WeightedGraphBounds {
  /** Most nodes (at least 2); nodes are keyed "0" … "n-1". */
  maxN: number;
  /** Most edge rows (at least 1); parallel rows keep the larger weight. */
  maxEdges: number;
  /** Smallest weight in hundredths (default 0): weights are integer hundredths in [minW / 100, 1]. */
  minW?: number;
  /** Directed, undirected (default), or `"either"` to draw it. */
  directed?: boolean | "either";
}

/**
 * A random weighted graph: 2 … maxN nodes and 1 … maxEdges rows with weights in integer
 * hundredths (fc.double clusters on 0 and 1, which hides strength-ordering bugs).
 */
export function arbWeightedGraph({ maxN, maxEdges, minW = 0, directed = false }: WeightedGraphBounds): fc.Arbitrary<SocialGraph> {
  const hundredths = fc.integer({ min: minW, max: 100 }).map((x) => x / 100);
  return fc
    .tuple(
      fc.integer({ min: 2, max: maxN }),
      fc.array(fc.tuple(fc.nat(maxN - 1), fc.nat(maxN - 1), hundredths), { minLength: 1, maxLength: maxEdges }),
      directed === "either" ? fc.boolean() : fc.constant(directed),
    )
    .map(([n, edges, d]) => {
      const rows = edges.map(([u, v, w]) => [String(u % n), String(v % n), w] as [string, string, number]);
      return SocialGraph.fromEdges(rows, { directed: d, nodes: Array.from({ length: n }, (_, i) => String(i)), parallelEdges: "max" });
    });
}
