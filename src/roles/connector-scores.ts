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
 * a triangle with i and are subtracted, found per node by the cheaper of two ways: scanning each
 * strong contact's row against a marker array (Σ_{j ∈ S_i} d_j) or, for nodes with few strong
 * contacts, a binary search per cross-community pair (pairs · log d). O(Σ_i (d_i log d_i +
 * min(Σ_{j ∈ S_i} d_j, |S_i|² log d_i))) time, O(n) memory, nothing allocated per edge. @internal
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
  const contacts = new Int32Array(maxDegree);
  const mark = new Int32Array(n).fill(-1);
  const strengthTo = new Float64Array(n);
  const step = Math.max(1, Math.ceil(n / 50));
  for (let i = 0; i < n; i++) {
    if (i % step === 0) {
      throwIfAborted(fn, signal);
      onProgress?.(i / n, "scores");
    }
    let d = 0;
    let ns = 0;
    let mega = 0;
    let distinct = 0;
    let scanCost = 0;
    for (let h = offsets[i]!; h < offsets[i + 1]!; h++) {
      const j = targets[h]!;
      if (j === i) continue;
      const e = edgeIds[h]!;
      const x = strength[e]!;
      d++;
      mega += 1 - x;
      if (strong[e]) {
        const c = membership[j]!;
        contacts[ns] = j;
        mark[j] = i;
        strengthTo[j] = x;
        scanCost += offsets[j + 1]! - offsets[j]!;
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
      // Remove the pairs that already know each other, by whichever is cheaper for this node:
      // scanning each strong contact's row against the marker (Σ_j d_j), or looking each
      // cross-community pair's tie up by binary search (pairs · log d).
      const lookupCost = pairs * (2 + Math.log2(1 + d));
      if (scanCost <= lookupCost) {
        for (let t = 0; t < ns; t++) {
          const j = contacts[t]!;
          const cj = membership[j]!;
          const sj = strengthTo[j]!;
          for (let h = offsets[j]!; h < offsets[j + 1]!; h++) {
            const k = targets[h]!;
            if (k > j && mark[k] === i && membership[k] !== cj) {
              power -= Math.min(sj, strengthTo[k]!);
              pairs--;
            }
          }
        }
      } else {
        for (let a = 0; a < ns; a++) {
          const j = contacts[a]!;
          const cj = membership[j]!;
          for (let b = a + 1; b < ns; b++) {
            const k = contacts[b]!;
            if (membership[k] !== cj && hasTie(offsets, targets, j, k)) {
              power -= Math.min(strengthTo[j]!, strengthTo[k]!);
              pairs--;
            }
          }
        }
      }
      powerScore[i] = pairs > 0 ? Math.max(0, power) : 0;
      introductions[i] = pairs;
    }
    for (let t = 0; t < distinct; t++) perCommunity[touched[t]!] = 0;
  }
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

/** True when j and k are tied: binary search in the shorter of the two sorted rows. */
function hasTie(offsets: Int32Array, targets: Int32Array, j: number, k: number): boolean {
  let row = j;
  let x = k;
  if (offsets[k + 1]! - offsets[k]! < offsets[j + 1]! - offsets[j]!) {
    row = k;
    x = j;
  }
  let lo = offsets[row]!;
  let hi = offsets[row + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const y = targets[mid]!;
    if (y === x) return true;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
