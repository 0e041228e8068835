/** ROC AUC (the Mann–Whitney statistic), used by calibrateTieModel and the validation examples. */
import { TiescopeError } from "../util/errors.js";

/**
 * The area under the ROC curve of `scores` for binary `labels` (truthy = positive): the
 * probability that a random positive scores higher than a random negative, ties counting 1/2.
 * Computed from average ranks (Mann–Whitney U): `AUC = (R_pos - P(P+1)/2) / (P · N)`.
 *
 * @returns A number in [0, 1]; 0.5 means no discrimination. NaN when there is no positive or
 *   no negative.
 * @throws TiescopeError `LENGTH_MISMATCH` when the arrays differ in length.
 * @example
 * ```ts
 * rocAuc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]); // 0.75
 * ```
 * Complexity: O(n log n).
 *
 * References: J. A. Hanley, B. J. McNeil, "The meaning and use of the area under a receiver
 * operating characteristic (ROC) curve", Radiology 143(1), 1982, doi:10.1148/radiology.143.1.7063747.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  const n = scores.length;
  if (labels.length !== n) throw new TiescopeError("LENGTH_MISMATCH", `rocAuc: ${n} scores but ${labels.length} labels`);
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]!]) {
        rankSum += avg;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
