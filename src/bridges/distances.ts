/** Resolves the `weights` option of path-based measures to per-edge distances. Internal. */
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveEdgeWeights, type WeightsInput } from "../graph/weights.js";
import { TiescopeError, show } from "../util/errors.js";

/**
 * `null`/`undefined` → `null` (hop counts). A `Float64Array` is taken as distances as is. A
 * tie-strength result (`{ strength }`) is turned into distances `1 / strength`, so strong ties
 * are short; a strength of 0 throws `INVALID_WEIGHT` (the tie would be infinitely long).
 */
export function resolveDistances(fn: string, g: SocialGraph, weights: WeightsInput | null | undefined): Float64Array | null {
  if (weights === null || weights === undefined) return null;
  const w = resolveEdgeWeights(fn, g, weights);
  if (weights instanceof Float64Array) return w;
  const out = new Float64Array(w.length);
  for (let e = 0; e < w.length; e++) {
    if (w[e] === 0) {
      throw new TiescopeError("INVALID_WEIGHT", `${fn}: edge ${e} (${show(g.key(g.edgeSources[e]!))} - ${show(g.key(g.edgeTargets[e]!))}) has strength 0, which has no finite distance 1 / strength`, { edge: e, weight: 0 });
    }
    out[e] = 1 / w[e]!;
  }
  return out;
}
