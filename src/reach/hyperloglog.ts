/**
 * HyperLogLog counters packed in one `Uint8Array` (one byte per register, `2^log2m` registers
 * per counter), the building block of HyperBall. Internal: not re-exported.
 *
 * References: P. Flajolet, É. Fusy, O. Gandouet, F. Meunier, "HyperLogLog: the analysis of a
 * near-optimal cardinality estimation algorithm", AofA 2007 (DMTCS proc. AH, 137-156);
 * S. Heule, M. Nunkesser, A. Hall, "HyperLogLog in practice", EDBT 2013,
 * doi:10.1145/2452376.2452456 (small-range linear counting).
 */

/** The seeded 32-bit hash of element `x` (murmur3's finaliser over `x` mixed with the seed). @internal */
export function hash32(x: number, seed: number): number {
  let h = (Math.imul(x ^ 0x5bd1e995, 0xcc9e2d51) ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // A second round decorrelates consecutive integers further.
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Mixes a user seed into a 32-bit hash seed. @internal */
export function hashSeed(seed: number): number {
  return hash32(Math.trunc(seed) | 0, 0x9e3779b9);
}

/**
 * Adds element `x` to counter `c`: the top `log2m` bits of the hash pick the register, the rank
 * (position of the first 1 bit, from 1) of the remaining `32 - log2m` bits is stored if larger.
 * @internal
 */
export function addElement(registers: Uint8Array, c: number, log2m: number, x: number, seed: number): void {
  const h = hash32(x, seed);
  const j = h >>> (32 - log2m);
  const rest = (h << log2m) >>> 0;
  const rank = rest === 0 ? 33 - log2m : Math.clz32(rest) + 1;
  const k = c * (1 << log2m) + j;
  if (rank > registers[k]!) registers[k] = rank;
}

/** The bias-correction constant α_m of Flajolet et al. @internal */
export function alpha(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

/** `2^-r` for r in 0..64, so estimates avoid `Math.pow` per register. @internal */
export const INVERSE_POWERS: Float64Array = (() => {
  const t = new Float64Array(65);
  for (let r = 0; r <= 64; r++) t[r] = Math.pow(2, -r);
  return t;
})();

/**
 * The HyperLogLog estimate of counter `c`: `E = α_m m² / Σ_j 2^-M[j]`, replaced by linear
 * counting `m ln(m / V)` when `E <= 2.5 m` and `V > 0` registers are zero. @internal
 */
export function estimate(registers: Uint8Array, c: number, m: number, alphaMm2: number): number {
  let sum = 0;
  let zeros = 0;
  const base = c * m;
  for (let j = 0; j < m; j++) {
    const r = registers[base + j]!;
    sum += INVERSE_POWERS[r]!;
    if (r === 0) zeros++;
  }
  const e = alphaMm2 / sum;
  if (e <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
  return e;
}
