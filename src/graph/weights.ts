import { TiescopeError, show } from "../util/errors.js";
import type { SocialGraph } from "./social-graph.js";

/**
 * Per-edge weights as algorithms accept them: a `Float64Array` indexed by edge id, or any
 * result carrying a per-edge `strength` array (a tie-strength result). Whether a weight is
 * a strength (higher = closer) or a distance is stated by each algorithm.
 */
export type WeightsInput = Float64Array | { readonly strength: Float64Array };

/**
 * Resolves a `weights` option to a per-edge `Float64Array`: `undefined`/`null` gives the
 * graph's own edge weights (all 1 when unweighted). Every value must be finite and >= 0.
 * O(m) validation; the array is returned as is, never copied or modified.
 *
 * @throws TiescopeError `LENGTH_MISMATCH` when the length is not `g.size`; `INVALID_WEIGHT`
 *   naming the first bad edge; `INVALID_OPTION` for another type.
 */
export function resolveEdgeWeights(fn: string, g: SocialGraph, weights: WeightsInput | null | undefined): Float64Array {
  if (weights === undefined || weights === null) return g.edgeWeights;
  let array: unknown = weights;
  if (!(weights instanceof Float64Array)) {
    if (typeof weights === "object" && (weights as { strength?: unknown }).strength instanceof Float64Array) {
      array = (weights as { strength: Float64Array }).strength;
    } else {
      throw new TiescopeError("INVALID_OPTION", `${fn}: weights must be a Float64Array or a tie-strength result, got ${show(weights)}`);
    }
  }
  const w = array as Float64Array;
  if (w.length !== g.size) {
    throw new TiescopeError("LENGTH_MISMATCH", `${fn}: weights has ${w.length} entries but the graph has ${g.size} edges`);
  }
  for (let e = 0; e < w.length; e++) {
    const x = w[e]!;
    if (!(x >= 0) || x === Infinity) {
      const s = g.key(g.edgeSources[e]!);
      const t = g.key(g.edgeTargets[e]!);
      throw new TiescopeError("INVALID_WEIGHT", `${fn}: edge ${e} (${show(s)} - ${show(t)}) has weight ${show(x)}; weights must be finite and >= 0`, {
        edge: e,
        weight: x,
      });
    }
  }
  return w;
}
