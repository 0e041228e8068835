/** Community membership from ground-truth labels or, as an interim fallback, connected components; and modularity. */
import type { SocialGraph } from "../../graph/social-graph.js";
import { UnionFind } from "./incidence.js";

export interface Membership {
  /** Per node, community id; ids ordered by decreasing size (ties: first appearance). */
  membership: Int32Array;
  labels: string[];
  sizes: number[];
}

function relabel(raw: Int32Array, names: string[]): Membership {
  const count = names.length;
  const sizes = new Array<number>(count).fill(0);
  for (const c of raw) sizes[c]!++;
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  const membership = raw.map((c) => rank[c]!);
  return { membership, labels: order.map((c) => names[c]!), sizes: order.map((c) => sizes[c]!) };
}

/** Membership from a label per node. */
export function membershipFromLabels(labels: readonly string[]): Membership {
  const ids = new Map<string, number>();
  const raw = new Int32Array(labels.length);
  labels.forEach((l, i) => {
    let c = ids.get(l);
    if (c === undefined) ids.set(l, (c = ids.size));
    raw[i] = c;
  });
  return relabel(raw, [...ids.keys()]);
}

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
