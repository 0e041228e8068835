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
 * The pair sum is never enumerated pair by pair. With i's strong contacts sorted by decreasing
 * strength, the weaker tie of a pair is the later one, so the sum over all cross-community pairs
 * is Σ_j s_ij · (number of earlier contacts outside c(j)), kept with one counter per community;
 * then the pairs that are tied to each other are found by scanning each strong contact's
 * adjacency against a marker array and subtracted. O(Σ_i d_i log d_i + Σ_{strong (i,j)} d_j)
 * time, O(n + c) memory, nothing allocated per edge. @internal
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
  // Scratch, allocated once: strong contacts of the current node, their strengths, a sort order.
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, offsets[i + 1]! - offsets[i]!);
  const contacts = new Int32Array(maxDegree);
  const contactStrength = new Float64Array(maxDegree);
  const order = new Int32Array(maxDegree);
  const mark = new Int32Array(n).fill(-1);
  const strengthTo = new Float64Array(n);
  const perCommunity = new Int32Array(count);
  const byStrength = (a: number, b: number): number => contactStrength[b]! - contactStrength[a]! || a - b;
  const step = Math.max(1, Math.ceil(n / 100));
  for (let i = 0; i < n; i++) {
    if (i % step === 0) {
      throwIfAborted(fn, signal);
      onProgress?.(i / n, "scores");
    }
    let d = 0;
    let ns = 0;
    let mega = 0;
    for (let h = offsets[i]!; h < offsets[i + 1]!; h++) {
      const j = targets[h]!;
      if (j === i) continue;
      const e = edgeIds[h]!;
      const s = strength[e]!;
      d++;
      mega += 1 - s;
      if (strong[e]) {
        contacts[ns] = j;
        contactStrength[ns] = s;
        order[ns] = ns;
        ns++;
        mark[j] = i;
        strengthTo[j] = s;
      }
    }
    degree[i] = d;
    strongTies[i] = ns;
    megaScore[i] = mega;
    weakShare[i] = d > 0 ? (d - ns) / d : 0;
    if (ns === 0) continue;
    // Cross-community pairs weighted by the weaker tie, strongest contacts first.
    if (ns > 1) order.subarray(0, ns).sort(byStrength);
    let seen = 0;
    let power = 0;
    let pairs = 0;
    let distinct = 0;
    for (let t = 0; t < ns; t++) {
      const k = order[t]!;
      const c = membership[contacts[k]!]!;
      const others = seen - perCommunity[c]!;
      power += contactStrength[k]! * others;
      pairs += others;
      if (perCommunity[c] === 0) distinct++;
      perCommunity[c] = perCommunity[c]! + 1;
      seen++;
    }
    for (let t = 0; t < ns; t++) perCommunity[membership[contacts[t]!]!] = 0;
    strongCommunities[i] = distinct;
    // Subtract the pairs that already know each other (a tie j - k closes a triangle with i).
    if (pairs > 0) {
      for (let t = 0; t < ns; t++) {
        const j = contacts[t]!;
        const cj = membership[j]!;
        const sj = strengthTo[j]!;
        for (let h = offsets[j]!; h < offsets[j + 1]!; h++) {
          const k = targets[h]!;
          if (k > j && mark[k] === i && k !== i && membership[k] !== cj) {
            power -= Math.min(sj, strengthTo[k]!);
            pairs--;
          }
        }
      }
    }
    powerScore[i] = pairs > 0 ? Math.max(0, power) : 0;
    introductions[i] = pairs;
  }
  onProgress?.(1, "scores");
  return { degree, strongTies, weakShare, megaScore, powerScore, introductions, strongCommunities };
}
