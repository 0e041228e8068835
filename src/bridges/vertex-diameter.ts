/**
 * An upper bound on the vertex diameter (the most nodes on any shortest path), which sets the
 * sample size of {@link approximateBetweenness}. Internal.
 *
 * Riondato, M. & Kornaropoulos, E. M. (2016), §5.1. doi:10.1007/s10618-015-0423-0
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { MinHeap } from "./heap.js";

/**
 * Per (weakly) connected component, one search from its first node:
 * - undirected, hops: any shortest path has at most 2·ecc edges, so VD ≤ 2·ecc + 1;
 * - undirected, weighted: a shortest path is at most 2·ecc_w long and each edge at least
 *   w_min, so VD ≤ ⌊2·ecc_w / w_min⌋ + 1 (the component size when w_min = 0);
 * - directed: the component size (a BFS from one node bounds nothing on a digraph).
 * Every bound is capped at the component size; the result is the maximum over components.
 * O(n + m) (O(m log m) weighted).
 */
export function vertexDiameterBound(g: SocialGraph, w: Float64Array | null): number {
  const { order: n, offsets, targets, edgeIds, inOffsets, inSources } = g;
  const comp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const depth = new Int32Array(n);
  let best = 1;
  let wMin = Infinity;
  if (w) for (let e = 0; e < w.length; e++) if (w[e]! < wMin) wMin = w[e]!;
  const dist = w && !g.directed ? new Float64Array(n).fill(-1) : null;
  const heap = dist ? new MinHeap(targets.length + 1) : null;
  for (let root = 0; root < n; root++) {
    if (comp[root] !== -1) continue;
    comp[root] = root;
    depth[root] = 0;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    let ecc = 0;
    while (head < tail) {
      const v = queue[head++]!;
      for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
        const x = targets[h]!;
        if (comp[x] === -1) {
          comp[x] = root;
          depth[x] = depth[v]! + 1;
          if (depth[x]! > ecc) ecc = depth[x]!;
          queue[tail++] = x;
        }
      }
      if (g.directed) {
        for (let h = inOffsets[v]!; h < inOffsets[v + 1]!; h++) {
          const x = inSources[h]!;
          if (comp[x] === -1) {
            comp[x] = root;
            queue[tail++] = x;
          }
        }
      }
    }
    const size = tail;
    let bound = size;
    if (!g.directed) {
      if (!w) bound = Math.min(size, 2 * ecc + 1);
      else if (wMin > 0) bound = Math.min(size, Math.floor(((2 * eccentricity(root, w, dist!, heap!, g, edgeIds)) / wMin) * (1 + 1e-12)) + 1);
    }
    if (bound > best) best = bound;
  }
  return best;
}

/** Weighted eccentricity of `s` by Dijkstra. */
function eccentricity(s: number, w: Float64Array, dist: Float64Array, heap: MinHeap, g: SocialGraph, edgeIds: Int32Array): number {
  const { offsets, targets } = g;
  heap.clear();
  dist[s] = 0;
  heap.push(0, s);
  let ecc = 0;
  while (heap.size > 0) {
    const d = heap.peekKey();
    const v = heap.pop();
    if (d > dist[v]!) continue;
    if (d > ecc) ecc = d;
    for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
      const x = targets[h]!;
      const nd = d + w[edgeIds[h]!]!;
      if (dist[x]! < 0 || nd < dist[x]!) {
        dist[x] = nd;
        heap.push(nd, x);
      }
    }
  }
  return ecc;
}
