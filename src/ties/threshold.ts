/** The weak/strong split of tie strengths. Internal; see estimateTieStrength. */

/** Otsu's default is kept inside this band so a uniformly weak (or strong) population is not split in two. */
const OTSU_BAND: readonly [number, number] = Object.freeze([0.2, 0.8]) as readonly [number, number];

/**
 * Otsu's threshold on [0, 1] values (256-bin histogram; the cut maximising the between-class
 * variance), clamped to {@link OTSU_BAND}. An empty input gives 0.5. O(m). @internal
 */
export function otsuThreshold(values: Float64Array): number {
  const bins = 256;
  const hist = new Float64Array(bins);
  for (let i = 0; i < values.length; i++) {
    const b = Math.min(bins - 1, Math.floor(values[i]! * bins));
    hist[b] = hist[b]! + 1;
  }
  const total = values.length;
  if (total === 0) return 0.5;
  let sumAll = 0;
  for (let b = 0; b < bins; b++) sumAll += (b + 0.5) * hist[b]!;
  let wB = 0;
  let sumB = 0;
  let best = -1;
  let cut = 0.5;
  for (let b = 0; b < bins - 1; b++) {
    wB += hist[b]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += (b + 0.5) * hist[b]!;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      cut = (b + 1) / bins;
    }
  }
  return Math.min(OTSU_BAND[1], Math.max(OTSU_BAND[0], cut));
}
