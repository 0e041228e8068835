/**
 * The cheapest path with at most `maxHops` edges: a hop-layered Bellman–Ford over typed arrays
 * (R. Bellman, "On a routing problem", Q. Appl. Math. 16:87–90, 1958), used by
 * {@link introductionPath} when the unbounded optimum has too many hops. Internal.
 */
import type { SocialGraph } from "../graph/social-graph.js";

/**
 * Layer k holds d_k(v), the cheapest cost from `source` to v in at most k edges:
 * d_k(v) = min(d_{k−1}(v), min_u d_{k−1}(u) + cost(u, v)). Only nodes improved in layer k − 1
 * are relaxed in layer k (the others were relaxed already), and a candidate no cheaper than the
 * best known cost of `target` is dropped (costs are ≥ 0). Each improvement is logged as
 * (layer, node, parent) in growable Int32Arrays, so the path is rebuilt by one backward scan of
 * the log: O(maxHops · m) time in the worst case, O(n + improvements) memory.
 *
 * @returns node indices from `source` to `target`, or `null` when no path has ≤ maxHops edges. @internal
 */
export function boundedCheapestPath(
  g: SocialGraph,
  cost: Float64Array,
  blocked: Uint8Array | null,
  source: number,
  target: number,
  maxHops: number,
): number[] | null {
  const n = g.order;
  const { offsets, targets, edgeIds } = g;
  const dist = new Float64Array(n).fill(Infinity);
  const next = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  let frontier: Int32Array = new Int32Array(16);
  let frontierSize = 1;
  frontier[0] = source;
  let touched: Int32Array = new Int32Array(16);
  let logNode: Int32Array = new Int32Array(64);
  let logParent: Int32Array = new Int32Array(64);
  let logLayer: Int32Array = new Int32Array(64);
  let logSize = 0;
  dist[source] = 0;
  for (let k = 1; k <= maxHops && frontierSize > 0; k++) {
    let touchedSize = 0;
    for (let f = 0; f < frontierSize; f++) {
      const u = frontier[f]!;
      const du = dist[u]!;
      for (let h = offsets[u]!; h < offsets[u + 1]!; h++) {
        const v = targets[h]!;
        const c = du + cost[edgeIds[h]!]!;
        if (c >= dist[target]! || c >= dist[v]! || c >= next[v]!) continue;
        if (blocked && blocked[v] && v !== target) continue;
        if (next[v] === Infinity) {
          if (touchedSize === touched.length) touched = grow(touched);
          touched[touchedSize++] = v;
        }
        next[v] = c;
        parent[v] = u;
      }
    }
    frontierSize = 0;
    for (let t = 0; t < touchedSize; t++) {
      const v = touched[t]!;
      if (next[v]! < dist[v]!) {
        dist[v] = next[v]!;
        if (frontierSize === frontier.length) frontier = grow(frontier);
        frontier[frontierSize++] = v;
        if (logSize === logNode.length) {
          logNode = grow(logNode);
          logParent = grow(logParent);
          logLayer = grow(logLayer);
        }
        logLayer[logSize] = k;
        logNode[logSize] = v;
        logParent[logSize] = parent[v]!;
        logSize++;
      }
      next[v] = Infinity;
    }
  }
  if (source === target) return [source];
  if (dist[target] === Infinity) return null;
  // Walk back: d_k(v) came from the latest logged improvement of v in a layer <= k, and its
  // parent's value from a layer strictly below that one.
  const path = [target];
  let v = target;
  let p = logSize - 1;
  while (v !== source && p >= 0) {
    if (logNode[p] !== v) {
      p--;
      continue;
    }
    const layer = logLayer[p]!;
    v = logParent[p]!;
    path.push(v);
    while (p >= 0 && logLayer[p]! >= layer) p--;
  }
  return path.reverse();
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
