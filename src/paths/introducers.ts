/**
 * Who can introduce two people: their common contacts, ranked by how much both sides trust them.
 *
 * M. Granovetter, "The strength of weak ties", Am. J. Sociol. 78(6):1360–1380 (1973),
 * doi:10.1086/225469 (strong ties carry trust); R. S. Burt, "Structural holes and good ideas",
 * Am. J. Sociol. 110(2):349–399 (2004), doi:10.1086/421787 (brokers between the unconnected).
 */
import type { SocialGraph } from "../graph/social-graph.js";
import type { NodeKey } from "../graph/from-edges.js";
import { nodeIndexOf } from "../graph/lookup.js";
import type { TieStrengthLike } from "../ties/types.js";
import { resolveTies } from "../ties/resolve-ties.js";
import { strongTieView } from "../roles/symmetrise.js";
import { checkNumber, resolveOptions } from "../util/options.js";

/** Options of {@link introducers}. */
export interface IntroducersOptions {
  /** Tie strengths in [0, 1] and the weak/strong split (required). */
  ties?: TieStrengthLike;
  /** The most introducers returned. Default `Infinity` (all common contacts). */
  limit?: number;
}

/** The defaults of {@link introducers}. */
export const INTRODUCERS_DEFAULTS: Readonly<IntroducersOptions> = Object.freeze({ ties: undefined, limit: Infinity });

/** One common contact of a and b. */
export interface IntroducerRow {
  key: string;
  /** Strength of the tie to `a`. */
  strengthToA: number;
  /** Strength of the tie to `b`. */
  strengthToB: number;
  /** min(strengthToA, strengthToB): an introduction is as trusted as its weaker side. */
  trust: number;
  /** strengthToA · strengthToB: the trust of the two-hop chain a – key – b. */
  chainTrust: number;
  /** True when both ties are strong (not flagged weak): a warm introduction. */
  warm: boolean;
}

/**
 * The common contacts of `a` and `b` (people tied to both), ranked by the weaker of their two
 * ties, min(s_ac, s_cb), then by the product s_ac · s_cb, then by node index. A tie counts in
 * either direction on a directed graph (the symmetrisation keeps the stronger arc; a tie is strong
 * when either arc is).
 *
 * @returns rows best first (at most `limit`); empty when a and b share no contact. Whether a and
 *   b are themselves tied does not matter.
 * @throws TiescopeError `UNKNOWN_NODE` (a or b), `INVALID_OPTION` (missing ties, bad limit),
 *   `UNKNOWN_OPTION`, `LENGTH_MISMATCH`, `INVALID_WEIGHT`.
 * @example
 * ```ts
 * // ann-bob 0.9, bob-dan 0.8, ann-eve 0.3, eve-dan 0.95
 * introducers(g, "ann", "dan", { ties }).map((r) => [r.key, r.trust]); // [["bob", 0.8], ["eve", 0.3]]
 * ```
 *
 * Complexity O(d_a + d_b) on an undirected graph (a merge of the two sorted CSR rows, then a
 * sort of the common contacts); O(n + m) more on a directed graph for the symmetrisation.
 *
 * References: Granovetter (1973) doi:10.1086/225469; Burt (2004) doi:10.1086/421787.
 */
export function introducers(g: SocialGraph, a: NodeKey, b: NodeKey, options?: IntroducersOptions): IntroducerRow[] {
  const fn = "introducers";
  const o = resolveOptions(fn, options, INTRODUCERS_DEFAULTS);
  const ties = resolveTies(fn, g, o.ties);
  const limit = checkNumber(fn, "limit", o.limit, { min: 0, integer: true, allowInfinity: true });
  const ia = nodeIndexOf(fn, g, a);
  const ib = nodeIndexOf(fn, g, b);
  const { graph: u, strength, strong } = strongTieView(g, ties);
  const rows = commonContacts(u, strength, strong, ia, ib);
  rows.sort((x, y) => y.trust - x.trust || y.chainTrust - x.chainTrust || x.index - y.index);
  return rows.slice(0, Math.min(rows.length, limit)).map(({ index: _index, ...row }) => row);
}

/** Common neighbours of a and b by merging their sorted rows. @internal */
function commonContacts(u: SocialGraph, strength: Float64Array, strong: Uint8Array, a: number, b: number): (IntroducerRow & { index: number })[] {
  const { offsets, targets, edgeIds } = u;
  const out: (IntroducerRow & { index: number })[] = [];
  let p = offsets[a]!;
  let q = offsets[b]!;
  const pEnd = offsets[a + 1]!;
  const qEnd = offsets[b + 1]!;
  while (p < pEnd && q < qEnd) {
    const x = targets[p]!;
    const y = targets[q]!;
    if (x < y) p++;
    else if (y < x) q++;
    else {
      if (x !== a && x !== b) {
        const ea = edgeIds[p]!;
        const eb = edgeIds[q]!;
        const sa = strength[ea]!;
        const sb = strength[eb]!;
        out.push({ index: x, key: u.key(x), strengthToA: sa, strengthToB: sb, trust: Math.min(sa, sb), chainTrust: sa * sb, warm: strong[ea] === 1 && strong[eb] === 1 });
      }
      p++;
      q++;
    }
  }
  return out;
}
