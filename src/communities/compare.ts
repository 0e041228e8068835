/**
 * Comparing two partitions of the same nodes: normalised mutual information, adjusted Rand
 * index and variation of information, from one contingency table.
 */
import { TiescopeError, show } from "../util/errors.js";

/** A partition to compare: a {@link Partition} (or anything with `membership`) or a label array by node index. */
export type ComparableMembership = { readonly membership: ArrayLike<number> } | ArrayLike<number>;

/** The result of {@link comparePartitions}. */
export interface PartitionComparison {
  /** Normalised mutual information `2 I(A;B) / (H(A) + H(B))`, in [0, 1]; 1 = identical up to relabelling. */
  readonly nmi: number;
  /** Adjusted Rand index (Hubert & Arabie 1985), 1 = identical, ~0 = chance agreement, may be negative. */
  readonly ari: number;
  /** Variation of information `H(A) + H(B) − 2 I(A;B)` in nats (Meilă 2007), >= 0; 0 = identical. */
  readonly vi: number;
  /** Mutual information `I(A;B)` in nats. */
  readonly mutualInformation: number;
  /** Number of communities in `a` and in `b`. */
  readonly countA: number;
  readonly countB: number;
}

/**
 * Compares two partitions of the same `n` nodes (labels by node index; labels are arbitrary
 * integers, only equality matters).
 *
 * With `n_ij` the contingency table, `a_i`, `b_j` its margins and entropies in nats:
 * - NMI (arithmetic normalisation, Danon et al. 2005; scikit-learn's default): `2 I / (H(A) + H(B))`;
 * - ARI (Hubert & Arabie 1985): `(Σ C(n_ij,2) − E) / (½[Σ C(a_i,2) + Σ C(b_j,2)] − E)` with
 *   `E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2)`;
 * - VI (Meilă 2007): `H(A) + H(B) − 2 I(A;B)`, in nats (divide by `ln n` for a [0, 1] scale).
 *
 * @param a - a {@link Partition}, or an array of integer labels by node index.
 * @param b - the same for the other partition (same length).
 * @returns `{ nmi, ari, vi, mutualInformation, countA, countB }`.
 * @throws TiescopeError `LENGTH_MISMATCH` when lengths differ, `INVALID_PARTITION` for a
 *   non-integer label or an empty input.
 * @example
 * ```ts
 * comparePartitions([0, 0, 1, 1], [1, 1, 0, 0]); // { nmi: 1, ari: 1, vi: 0, ... }
 * comparePartitions([0, 0, 1, 1], [0, 1, 0, 1]).nmi; // 0
 * ```
 * @remarks Complexity O(n + kA·kB) time in the worst case (a `Map` keyed by label pairs: O(n)
 * expected). Degenerate cases, following scikit-learn: partitions identical up to relabelling
 * (including both "one community" and both "all singletons") give exactly NMI = ARI = 1 and
 * VI = 0; when exactly one of them is a single community, NMI is 0 and ARI is 0.
 *
 * References: L. Danon, A. Díaz-Guilera, J. Duch, A. Arenas, "Comparing community structure
 * identification", J. Stat. Mech. P09008 (2005), doi:10.1088/1742-5468/2005/09/P09008;
 * L. Hubert, P. Arabie, "Comparing partitions", J. Classif. 2:193 (1985), doi:10.1007/BF01908075;
 * M. Meilă, "Comparing clusterings — an information based distance", J. Multivar. Anal. 98:873
 * (2007), doi:10.1016/j.jmva.2006.11.013.
 */
export function comparePartitions(a: ComparableMembership, b: ComparableMembership): PartitionComparison {
  const fn = "comparePartitions";
  const la = dense(fn, "a", a);
  const lb = dense(fn, "b", b);
  const n = la.labels.length;
  if (lb.labels.length !== n) {
    throw new TiescopeError("LENGTH_MISMATCH", `${fn}: a has ${n} labels but b has ${lb.labels.length}`);
  }
  const ka = la.count;
  const kb = lb.count;
  const sa = new Float64Array(ka);
  const sb = new Float64Array(kb);
  const cells = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const x = la.labels[i]!;
    const y = lb.labels[i]!;
    sa[x]!++;
    sb[y]!++;
    const key = x * kb + y;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let ha = 0;
  let hb = 0;
  let pairsA = 0;
  let pairsB = 0;
  for (let i = 0; i < ka; i++) {
    const c = sa[i]!;
    ha -= (c / n) * Math.log(c / n);
    pairsA += (c * (c - 1)) / 2;
  }
  for (let j = 0; j < kb; j++) {
    const c = sb[j]!;
    hb -= (c / n) * Math.log(c / n);
    pairsB += (c * (c - 1)) / 2;
  }
  let mi = 0;
  let pairsAB = 0;
  for (const [key, c] of cells) {
    const x = Math.floor(key / kb);
    const y = key - x * kb;
    mi += (c / n) * Math.log((c * n) / (sa[x]! * sb[y]!));
    pairsAB += (c * (c - 1)) / 2;
  }
  mi = Math.max(0, mi);
  const identical = cells.size === ka && cells.size === kb;
  const nmi = ha + hb === 0 ? 1 : identical ? 1 : (2 * mi) / (ha + hb);
  const totalPairs = (n * (n - 1)) / 2;
  let ari: number;
  if (identical || totalPairs === 0) ari = 1;
  else {
    const expected = (pairsA * pairsB) / totalPairs;
    const max = (pairsA + pairsB) / 2;
    ari = max === expected ? 0 : (pairsAB - expected) / (max - expected);
  }
  const vi = identical ? 0 : Math.max(0, ha + hb - 2 * mi);
  return Object.freeze({ nmi, ari, vi, mutualInformation: mi, countA: ka, countB: kb });
}

function dense(fn: string, name: string, input: ComparableMembership): { labels: Int32Array; count: number } {
  const arr = (input as { membership?: ArrayLike<number> })?.membership ?? input;
  if (arr === null || typeof arr !== "object" || typeof (arr as ArrayLike<number>).length !== "number") {
    throw new TiescopeError("INVALID_PARTITION", `${fn}: ${name} must be a Partition or an array of labels, got ${show(input)}`);
  }
  const a = arr as ArrayLike<number>;
  if (a.length === 0) throw new TiescopeError("INVALID_PARTITION", `${fn}: ${name} is empty`);
  const ids = new Map<number, number>();
  const labels = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== "number" || !Number.isInteger(x)) {
      throw new TiescopeError("INVALID_PARTITION", `${fn}: ${name}[${i}] is ${show(x)}; labels must be integers`, { index: i });
    }
    let c = ids.get(x);
    if (c === undefined) ids.set(x, (c = ids.size));
    labels[i] = c;
  }
  return { labels, count: ids.size };
}
