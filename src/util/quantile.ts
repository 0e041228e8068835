/** Linear-interpolation quantile (numpy's default, Hyndman & Fan type 7) of selected values (internal): tie-strength thresholds and connector cut-offs. */

/**
 * The `q`-quantile of `values[i]` over the indices `i` with `include[i] !== 0`; NaN when none.
 * Copies the selected values once and sorts them: O(n log n). @internal
 */
export function quantileOf(values: Float64Array, include: Uint8Array | null, q: number): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!include || include[i]) count++;
  if (count === 0) return NaN;
  const sorted = new Float64Array(count);
  for (let i = 0, k = 0; i < values.length; i++) if (!include || include[i]) sorted[k++] = values[i]!;
  sorted.sort();
  const position = q * (count - 1);
  const lo = Math.floor(position);
  const hi = Math.min(count - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}
