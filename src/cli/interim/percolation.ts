/**
 * Interim edge percolation until `edgePercolation` lands: remove ties in a given order and
 * track the largest connected component (as a fraction of nodes) after each 5% removed. Done in
 * reverse with union-find (add ties back from last removed to first), O(m α(n)).
 */
import type { SocialGraph } from "../../graph/social-graph.js";
import type { PercolationPoint } from "../model.js";
import { UnionFind } from "./incidence.js";

/** Curve for removing edges in `order` (edge ids, first removed first). */
export function percolationCurve(g: SocialGraph, order: Int32Array, steps = 20): PercolationPoint[] {
  const m = order.length;
  const n = g.order;
  const uf = new UnionFind(n);
  // largestAfter[k] = largest component when the first k ties of `order` are removed.
  const largestAfter = new Float64Array(m + 1);
  largestAfter[m] = n > 0 ? 1 : 0;
  for (let k = m - 1; k >= 0; k--) {
    const e = order[k]!;
    uf.union(g.edgeSources[e]!, g.edgeTargets[e]!);
    largestAfter[k] = uf.largest;
  }
  const points: PercolationPoint[] = [];
  for (let s = 0; s <= steps; s++) {
    const removed = s / steps;
    const k = Math.min(m, Math.round(removed * m));
    points.push({ removed, largest: n > 0 ? largestAfter[k]! / n : 0 });
  }
  return points;
}

/** Edge ids sorted by strength, ascending (weak first) or descending; ties broken by id. */
export function strengthOrder(strength: Float64Array, weakFirst: boolean): Int32Array {
  const ids = Int32Array.from({ length: strength.length }, (_, e) => e);
  return ids.sort((a, b) => (weakFirst ? strength[a]! - strength[b]! : strength[b]! - strength[a]!) || a - b);
}
