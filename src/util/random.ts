/**
 * A small seeded pseudo-random generator: xoshiro128** (Blackman & Vigna 2018) seeded by
 * splitmix32. It uses only 32-bit integer arithmetic (`Math.imul`, `>>>`), so a seed gives
 * the same sequence on every platform and JavaScript engine. Every randomised algorithm in
 * tiescope takes a `seed` and draws from this generator.
 *
 * Reference: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021, doi:10.1145/3460772.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** @param seed - any finite number; non-integers are truncated, the same seed gives the same stream. */
  constructor(seed = 0) {
    let s = (Math.trunc(seed) | 0) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The next unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A float uniform in [0, 1) with 32 bits of randomness. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A float uniform in [0, 1) with 53 bits of randomness. */
  nextDouble(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** An integer uniform in [0, n), without modulo bias. `n` must be in [1, 2^32]. */
  int(n: number): number {
    if (n <= 1) return 0;
    if (n > 4294967296) return Math.floor(this.nextDouble() * n);
    // Rejection below the largest multiple of n that fits in 32 bits, then x mod n. Written with
    // division and floor instead of `%`, whose float remainder is a slow runtime call in V8: every
    // product and quotient here is below 2^53, so both are exact and equal `%` bit for bit.
    const limit = n * Math.floor(4294967296 / n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x - n * Math.floor(x / n);
  }

  /** Shuffles `array` in place (Fisher–Yates) and returns it. */
  shuffle<A extends { length: number; [i: number]: number }>(array: A): A {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = array[i] as number;
      array[i] = array[j] as number;
      array[j] = tmp;
    }
    return array;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Creates a {@link Random} for `seed`. */
export function createRandom(seed = 0): Random {
  return new Random(seed);
}
