/** The default ends of the warm introduction path the report shows. */
import type { SocialGraph } from "../graph/social-graph.js";

/** Hop distances from `from` along out-arcs (every edge when undirected), by BFS; −1 = unreachable. */
export function hopDistances(g: SocialGraph, from: number): Int32Array {
  const n = g.order;
  const d = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  d[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    const u = queue[head++]!;
    for (let h = g.offsets[u]!; h < g.offsets[u + 1]!; h++) {
      const v = g.targets[h]!;
      if (d[v] === -1) {
        d[v] = d[u]! + 1;
        queue[tail++] = v;
      }
    }
  }
  return d;
}

/**
 * Default ends: `from` is the strongest person (largest strength) of the largest community; `to`
 * the strongest person of another community that `from` can reach (along arcs on a directed
 * graph); with one community, the farthest reachable person. When nobody in another community is
 * reachable, `to` is the strongest of the next community, so the page shows that no path exists.
 * Given ends are kept. Returns [0, 0] on an empty graph.
 */
export function introductionEnds(g: SocialGraph, strength: Float64Array, membership: Int32Array, count: number, from: number | null, to: number | null): [number, number] {
  const n = g.order;
  if (n === 0) return [0, 0];
  const strongestIn = (c: number): number => {
    let best = -1;
    for (let i = 0; i < n; i++) if (membership[i] === c && (best < 0 || strength[i]! > strength[best]!)) best = i;
    return best;
  };
  const a = from ?? strongestIn(0);
  if (to !== null) return [a, to];
  const dist = hopDistances(g, a);
  if (count > 1) {
    let best = -1;
    for (let i = 0; i < n; i++) if (membership[i] !== membership[a] && dist[i]! > 0 && (best < 0 || strength[i]! > strength[best]!)) best = i;
    if (best >= 0) return [a, best];
    return [a, strongestIn(membership[a] === 0 ? 1 : 0)];
  }
  let far = a;
  for (let i = 0; i < n; i++) if (dist[i]! > dist[far]!) far = i;
  return [a, far];
}
