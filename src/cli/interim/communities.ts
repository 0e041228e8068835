/** Interim communities until `detectCommunities` lands: connected components, and modularity. */
import type { SocialGraph } from "../../graph/social-graph.js";
import { UnionFind } from "../incidence.js";
import { relabel, type Membership } from "../membership.js";

/** Connected components (ignoring direction) as communities. */
export function componentMembership(g: SocialGraph): Membership {
  const uf = new UnionFind(g.order);
  for (let e = 0; e < g.size; e++) uf.union(g.edgeSources[e]!, g.edgeTargets[e]!);
  const ids = new Map<number, number>();
  const raw = new Int32Array(g.order);
  for (let i = 0; i < g.order; i++) {
    const r = uf.find(i);
    let c = ids.get(r);
    if (c === undefined) ids.set(r, (c = ids.size));
    raw[i] = c;
  }
  return relabel(raw, [...ids.values()].map((c) => `component ${c + 1}`));
}

/**
 * Weighted modularity with direction ignored: Q = Σ_c [W_c / W − (S_c / 2W)²], W the total
 * weight, W_c the weight inside c, S_c the strength of c's nodes (Newman 2004).
 */
export function modularityOf(g: SocialGraph, membership: Int32Array, count: number): number {
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  let W = 0;
  for (let e = 0; e < g.size; e++) {
    const w = g.edgeWeights[e]!;
    const cu = membership[g.edgeSources[e]!]!;
    const cv = membership[g.edgeTargets[e]!]!;
    W += w;
    total[cu]! += w;
    total[cv]! += w;
    if (cu === cv) inside[cu]! += w;
  }
  if (W === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / W - (total[c]! / (2 * W)) ** 2;
  return q;
}
