/**
 * Interim engagement and reach until `scoreEngagementReach` lands. Reach: distinct people within
 * `hops` (exact BFS up to 20,000 nodes; above, the sum of neighbours' degrees capped at n − 1, an
 * upper bound). Engaged audience: contacts over strong ties. Rate = engaged / direct contacts.
 * Influence = sum of tie strengths.
 */
import type { Incidence } from "./incidence.js";

export const EXACT_REACH_LIMIT = 20_000;

export interface InterimReach {
  reach: Float64Array;
  engaged: Float64Array;
  engagementRate: Float64Array;
  influence: Float64Array;
  exact: boolean;
}

export function interimReach(inc: Incidence, strength: Float64Array, weak: Uint8Array, hops: number): InterimReach {
  const n = inc.offsets.length - 1;
  const reach = new Float64Array(n);
  const engaged = new Float64Array(n);
  const rate = new Float64Array(n);
  const influence = new Float64Array(n);
  const exact = n <= EXACT_REACH_LIMIT || hops === 1;
  const mark = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const depth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let direct = 0;
    let strong = 0;
    let infl = 0;
    mark[i] = i;
    for (let p = inc.offsets[i]!; p < inc.offsets[i + 1]!; p++) {
      const v = inc.other[p]!;
      infl += strength[inc.edge[p]!]!;
      if (mark[v] === i) continue;
      mark[v] = i;
      direct++;
      if (!weak[inc.edge[p]!]) strong++;
    }
    let r = direct;
    if (hops > 1 && exact) {
      // BFS from i, bounded by depth; neighbours were marked above, so restart with fresh marks.
      let head = 0;
      let tail = 0;
      mark[i] = -2 - i;
      queue[tail++] = i;
      depth[i] = 0;
      r = 0;
      while (head < tail) {
        const u = queue[head++]!;
        if (depth[u]! >= hops) continue;
        for (let p = inc.offsets[u]!; p < inc.offsets[u + 1]!; p++) {
          const v = inc.other[p]!;
          if (mark[v] === -2 - i) continue;
          mark[v] = -2 - i;
          depth[v] = depth[u]! + 1;
          queue[tail++] = v;
          r++;
        }
      }
    } else if (hops > 1) {
      let s = 0;
      for (let p = inc.offsets[i]!; p < inc.offsets[i + 1]!; p++) {
        const v = inc.other[p]!;
        s += inc.offsets[v + 1]! - inc.offsets[v]!;
      }
      r = Math.min(n - 1, Math.max(direct, s));
    }
    reach[i] = r;
    engaged[i] = strong;
    rate[i] = direct > 0 ? strong / direct : 0;
    influence[i] = infl;
  }
  return { reach, engaged, engagementRate: rate, influence, exact };
}
