/**
 * The per-node scores behind {@link classifyConnectors}: the weak-discounted size of each
 * node's network and the trusted introductions it can make (internal).
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { throwIfAborted, type ProgressCallback } from "../util/progress.js";

/** Raw connector scores by node index. @internal */
export interface ConnectorScores {
  readonly degree: Int32Array;
  readonly strongTies: Int32Array;
  readonly weakShare: Float64Array;
  readonly megaScore: Float64Array;
  readonly powerScore: Float64Array;
  readonly introductions: Float64Array;
  readonly strongCommunities: Int32Array;
}

/**
 * Scores every node of the undirected graph `u` (self-loops ignored):
 * - megaScore_i = Σ_j (1 − s_ij) over i's contacts j;
 * - powerScore_i = Σ min(s_ij, s_ik) over unordered pairs {j, k} of i's strong contacts with
 *   c(j) ≠ c(k) and no tie between j and k; introductions_i counts those pairs.
 *
 * The pair sum is never enumerated pair by pair. For a sorted list x_0 ≤ … ≤ x_{r−1},
 * Σ_{pairs} min = Σ_t x_t · (r − 1 − t); the sum over cross-community pairs is that sum over all
 * of i's strong contacts minus the same sum inside each community (contacts grouped by community
 * with a counting sort, each group sorted natively). The pairs that are tied to each other close
 * a triangle with i: every triangle is listed once with the degree-ordered forward algorithm
 * (Chiba & Nishizeki 1985, doi:10.1137/0214017; Schank & Wagner 2005) and subtracted from each of
 * its three corners where it applies. O(Σ_i d_i log d_i + m^1.5) time (much less on real degree
 * distributions), O(n + m) memory, nothing allocated per edge. @internal
 */
export function connectorScores(
  u: SocialGraph,
  strength: Float64Array,
  strong: Uint8Array,
  membership: Int32Array,
  count: number,
  fn: string,
  signal: AbortSignal | undefined,
  onProgress: ProgressCallback | undefined,
): ConnectorScores {
  const n = u.order;
  const { offsets, targets, edgeIds } = u;
  const degree = new Int32Array(n);
  const strongTies = new Int32Array(n);
  const weakShare = new Float64Array(n);
  const megaScore = new Float64Array(n);
  const powerScore = new Float64Array(n);
  const introductions = new Float64Array(n);
  const strongCommunities = new Int32Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, offsets[i + 1]! - offsets[i]!);
  // Scratch, allocated once: the current node's strong-tie strengths, all and grouped by community.
  const all = new Float64Array(maxDegree);
  const grouped = new Float64Array(maxDegree);
  const contactCommunity = new Int32Array(maxDegree);
  const perCommunity = new Int32Array(count);
  const start = new Int32Array(count);
  const touched = new Int32Array(Math.min(count, maxDegree) + 1);
  const step = Math.max(1, Math.ceil(n / 50));
  for (let i = 0; i < n; i++) {
    if (i % step === 0) {
      throwIfAborted(fn, signal);
      onProgress?.((0.6 * i) / n, "pairs");
    }
    let d = 0;
    let ns = 0;
    let mega = 0;
    let distinct = 0;
    for (let h = offsets[i]!; h < offsets[i + 1]!; h++) {
      const j = targets[h]!;
      if (j === i) continue;
      const e = edgeIds[h]!;
      const x = strength[e]!;
      d++;
      mega += 1 - x;
      if (strong[e]) {
        const c = membership[j]!;
        all[ns] = x;
        contactCommunity[ns] = c;
        ns++;
        if (perCommunity[c] === 0) touched[distinct++] = c;
        perCommunity[c] = perCommunity[c]! + 1;
      }
    }
    degree[i] = d;
    strongTies[i] = ns;
    megaScore[i] = mega;
    weakShare[i] = d > 0 ? (d - ns) / d : 0;
    strongCommunities[i] = distinct;
    let pairs = (ns * (ns - 1)) / 2;
    for (let t = 0, offset = 0; t < distinct; t++) {
      const c = touched[t]!;
      const k = perCommunity[c]!;
      pairs -= (k * (k - 1)) / 2;
      start[c] = offset;
      offset += k;
    }
    if (pairs > 0) {
      // Group by community first: sorting `all` reorders it against `contactCommunity`.
      for (let t = 0; t < ns; t++) {
        const c = contactCommunity[t]!;
        grouped[start[c]!] = all[t]!;
        start[c] = start[c]! + 1;
      }
      let power = sortedPairMinSum(all, 0, ns);
      for (let t = 0, offset = 0; t < distinct; t++) {
        const k = perCommunity[touched[t]!]!;
        if (k > 1) power -= sortedPairMinSum(grouped, offset, offset + k);
        offset += k;
      }
      powerScore[i] = power;
      introductions[i] = pairs;
    }
    for (let t = 0; t < distinct; t++) perCommunity[touched[t]!] = 0;
  }
  subtractTiedPairs(u, strength, strong, membership, powerScore, introductions, fn, signal, onProgress);
  // Rounding can leave -1e-13 where every pair was tied.
  for (let i = 0; i < n; i++) if (!(introductions[i]! > 0) || powerScore[i]! < 0) powerScore[i] = 0;
  onProgress?.(1, "scores");
  return { degree, strongTies, weakShare, megaScore, powerScore, introductions, strongCommunities };
}

/** Sorts `a[from..to)` ascending in place and returns Σ_{pairs} min = Σ_t a_t · (count − 1 − t). */
function sortedPairMinSum(a: Float64Array, from: number, to: number): number {
  const k = to - from;
  if (k <= 16) {
    for (let p = from + 1; p < to; p++) {
      const x = a[p]!;
      let q = p - 1;
      while (q >= from && a[q]! > x) {
        a[q + 1] = a[q]!;
        q--;
      }
      a[q + 1] = x;
    }
  } else {
    a.subarray(from, to).sort();
  }
  let sum = 0;
  for (let t = 0; t < k; t++) sum += a[from + t]! * (k - 1 - t);
  return sum;
}

/**
 * Lists every triangle once (forward algorithm over a degree ordering) and, for each corner whose
 * two triangle ties are strong and whose two other corners lie in different communities, removes
 * that pair from the corner's introductions (they already know each other).
 */
function subtractTiedPairs(
  u: SocialGraph,
  strength: Float64Array,
  strong: Uint8Array,
  membership: Int32Array,
  powerScore: Float64Array,
  introductions: Float64Array,
  fn: string,
  signal: AbortSignal | undefined,
  onProgress: ProgressCallback | undefined,
): void {
  const n = u.order;
  const { offsets, targets, edgeIds } = u;
  // Rank by (degree, index) with a counting sort; orient each tie towards the higher rank.
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, offsets[i + 1]! - offsets[i]!);
  const bucket = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1]! - offsets[i]! + 1;
    bucket[k] = bucket[k]! + 1;
  }
  for (let k = 1; k < bucket.length; k++) bucket[k] = bucket[k]! + bucket[k - 1]!;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1]! - offsets[i]!;
    rank[i] = bucket[k]!;
    bucket[k] = bucket[k]! + 1;
  }
  const outOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let h = offsets[i]!; h < offsets[i + 1]!; h++) if (rank[targets[h]!]! > rank[i]!) c++;
    outOffsets[i + 1] = outOffsets[i]! + c;
  }
  const outTargets = new Int32Array(outOffsets[n]!);
  const outEdges = new Int32Array(outOffsets[n]!);
  for (let i = 0; i < n; i++) {
    let p = outOffsets[i]!;
    for (let h = offsets[i]!; h < offsets[i + 1]!; h++) {
      const j = targets[h]!;
      if (rank[j]! > rank[i]!) {
        outTargets[p] = j;
        outEdges[p++] = edgeIds[h]!;
      }
    }
  }
  const mark = new Int32Array(n).fill(-1);
  const markEdge = new Int32Array(n);
  const step = Math.max(1, Math.ceil(n / 50));
  for (let a = 0; a < n; a++) {
    if (a % step === 0) {
      throwIfAborted(fn, signal);
      onProgress?.(0.6 + (0.4 * a) / n, "triangles");
    }
    const aStart = outOffsets[a]!;
    const aEnd = outOffsets[a + 1]!;
    if (aEnd - aStart < 2) continue;
    for (let p = aStart; p < aEnd; p++) {
      mark[outTargets[p]!] = a;
      markEdge[outTargets[p]!] = outEdges[p]!;
    }
    const ca = membership[a]!;
    for (let p = aStart; p < aEnd; p++) {
      const b = outTargets[p]!;
      const eab = outEdges[p]!;
      const cb = membership[b]!;
      for (let q = outOffsets[b]!; q < outOffsets[b + 1]!; q++) {
        const c = outTargets[q]!;
        if (mark[c] !== a) continue;
        const ebc = outEdges[q]!;
        const eac = markEdge[c]!;
        const cc = membership[c]!;
        // Triangle a-b-c: each corner loses the introduction of the other two, if it counted it.
        if (cb !== cc && strong[eab] && strong[eac]) {
          powerScore[a] = powerScore[a]! - Math.min(strength[eab]!, strength[eac]!);
          introductions[a] = introductions[a]! - 1;
        }
        if (ca !== cc && strong[eab] && strong[ebc]) {
          powerScore[b] = powerScore[b]! - Math.min(strength[eab]!, strength[ebc]!);
          introductions[b] = introductions[b]! - 1;
        }
        if (ca !== cb && strong[eac] && strong[ebc]) {
          powerScore[c] = powerScore[c]! - Math.min(strength[eac]!, strength[ebc]!);
          introductions[c] = introductions[c]! - 1;
        }
      }
    }
  }
}
