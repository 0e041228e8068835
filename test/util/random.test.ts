import { describe, expect, it } from "vitest";
import { Random } from "../../src/index.js";

describe("Random", () => {
  it("gives the same stream for the same seed and different streams for different seeds", () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
  });

  it("matches the xoshiro128** reference output for a known state", () => {
    // Reference: xoshiro128starstar.c with s = {1, 2, 3, 4} gives 11520, 0, 5927040, 70819200.
    const r = new Random(0) as unknown as { a: number; b: number; c: number; d: number; nextUint32(): number };
    r.a = 1;
    r.b = 2;
    r.c = 3;
    r.d = 4;
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([11520, 0, 5927040, 70819200]);
  });

  it("draws floats in [0, 1) and unbiased integers in [0, n)", () => {
    const r = new Random(7);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      counts[r.int(6)]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400); // ~4.4 sigma
  });

  it("draws int(n) exactly as rejection sampling with `%` written out, for n up to 2^32", () => {
    const ns = [2, 3, 6, 7, 1000, 65_537, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 3_000_000_000, 2 ** 32 - 1, 2 ** 32];
    for (let i = 0; i < 2000; i++) ns.push(2 + ((i * 2_654_435_761) % 4_294_967_294));
    const drawn = new Random(11);
    const stream = new Random(11);
    for (const n of ns) {
      for (let k = 0; k < 20; k++) {
        const limit = 4294967296 - (4294967296 % n);
        let x = stream.nextUint32();
        while (x >= limit) x = stream.nextUint32();
        expect(drawn.int(n)).toBe(x % n);
      }
    }
  });

  it("shuffles into a permutation", () => {
    const a = new Random(1).shuffle(Int32Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
