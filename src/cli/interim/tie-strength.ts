/**
 * Interim tie strength until `estimateTieStrength` lands: the mean of the tie's log-scaled weight
 * (log(1 + w) / log(1 + max w); weighted graphs only) and its neighbourhood overlap
 * O = c / (k_u − 1 + k_v − 1 − c) (Onnela et al. 2007, doi:10.1073/pnas.0610245104), c the
 * common neighbours. Weak = below the median strength (zero-strength ties always weak).
 */
import type { SocialGraph } from "../../graph/social-graph.js";
import type { Incidence } from "./incidence.js";
import { quantile } from "./incidence.js";

export interface InterimTies {
  strength: Float64Array;
  weak: Uint8Array;
  threshold: number;
  overlap: Float64Array;
}

export function interimTieStrength(g: SocialGraph, inc: Incidence, embeddedness: Float64Array): InterimTies {
  const m = g.size;
  const overlap = new Float64Array(m);
  const strength = new Float64Array(m);
  let maxW = 0;
  for (let e = 0; e < m; e++) if (g.edgeWeights[e]! > maxW) maxW = g.edgeWeights[e]!;
  const useWeight = g.weighted && maxW > 0;
  const logMax = Math.log1p(maxW);
  for (let e = 0; e < m; e++) {
    const u = g.edgeSources[e]!;
    const v = g.edgeTargets[e]!;
    const ku = inc.offsets[u + 1]! - inc.offsets[u]!;
    const kv = inc.offsets[v + 1]! - inc.offsets[v]!;
    const c = embeddedness[e]!;
    const denom = ku - 1 + (kv - 1) - c;
    overlap[e] = denom > 0 ? Math.min(1, c / denom) : 0;
    strength[e] = useWeight ? 0.5 * (Math.log1p(g.edgeWeights[e]!) / logMax) + 0.5 * overlap[e]! : overlap[e]!;
  }
  const threshold = quantile(strength, 0.5);
  const weak = new Uint8Array(m);
  for (let e = 0; e < m; e++) weak[e] = strength[e]! < threshold || strength[e] === 0 ? 1 : 0;
  return { strength, weak, threshold, overlap };
}
