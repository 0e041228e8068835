import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { comparePartitions } from "../../src/index.js";
import { readFixture } from "../helpers/fixtures.js";
import { errorCode as code } from "../helpers/errors.js";

interface Case {
  a: number[];
  b: number[];
  nmi: number;
  ari: number;
  vi: number;
  mutualInformation: number;
}

describe("comparePartitions", () => {
  it("works a small case by hand", () => {
    // a = {012}{345}, b = {01}{23}{45}: H(a) = ln 2, H(b) = ln 3, I = ln 3 − (1/3)·ln 2 ... computed:
    // cells 2,1,1,2 (of 6): I = Σ p log(p/(pa pb)) = 2·(1/3)ln((1/3)/(1/6)) + 2·(1/6)ln((1/6)/(1/6)) = (2/3) ln 2
    const r = comparePartitions([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]);
    const I = (2 / 3) * Math.log(2);
    expect(r.mutualInformation).toBeCloseTo(I, 14);
    expect(r.nmi).toBeCloseTo((2 * I) / (Math.log(2) + Math.log(3)), 14);
    expect(r.vi).toBeCloseTo(Math.log(2) + Math.log(3) - 2 * I, 14);
    // ARI: Σ C(n_ij,2) = 2, Σ C(a,2) = 6, Σ C(b,2) = 3, C(6,2) = 15: E = 18/15; (2 − 1.2)/(4.5 − 1.2)
    expect(r.ari).toBeCloseTo(0.8 / 3.3, 14);
    expect([r.countA, r.countB]).toEqual([2, 3]);
  });
  it("matches the plain-math values of scripts/fixtures/communities.py", () => {
    const { cases } = readFixture<{ cases: Case[] }>("communities", "compare");
    for (const c of cases) {
      const r = comparePartitions(c.a, c.b);
      expect(r.nmi).toBeCloseTo(c.nmi, 12);
      expect(r.ari).toBeCloseTo(c.ari, 12);
      expect(r.vi).toBeCloseTo(c.vi, 12);
      expect(r.mutualInformation).toBeCloseTo(c.mutualInformation, 12);
    }
  });
  it("gives 1, 1, 0 for identical partitions up to relabelling, including degenerate ones", () => {
    expect(comparePartitions([0, 0, 1, 1], Int32Array.of(5, 5, 2, 2))).toMatchObject({ nmi: 1, ari: 1, vi: 0 });
    expect(comparePartitions([0, 0, 0], [1, 1, 1])).toMatchObject({ nmi: 1, ari: 1, vi: 0 });
    expect(comparePartitions([0, 1, 2], [2, 1, 0])).toMatchObject({ nmi: 1, ari: 1, vi: 0 });
    expect(comparePartitions({ membership: [0] }, [3])).toMatchObject({ nmi: 1, ari: 1, vi: 0 });
  });
  it("gives NMI 0 against a single community and against an independent split", () => {
    expect(comparePartitions([0, 0, 1, 1], [0, 0, 0, 0]).nmi).toBe(0);
    expect(comparePartitions([0, 0, 1, 1], [0, 1, 0, 1]).nmi).toBeCloseTo(0, 15);
  });
  it("is symmetric, with NMI in [0, 1], VI >= 0 and ARI <= 1 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) =>
          fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n })),
        ),
        ([a, b]) => {
          const x = comparePartitions(a, b);
          const y = comparePartitions(b, a);
          expect(x.nmi).toBeCloseTo(y.nmi, 12);
          expect(x.ari).toBeCloseTo(y.ari, 12);
          expect(x.vi).toBeCloseTo(y.vi, 12);
          expect(x.nmi).toBeGreaterThanOrEqual(-1e-12);
          expect(x.nmi).toBeLessThanOrEqual(1 + 1e-12);
          expect(x.vi).toBeGreaterThanOrEqual(0);
          expect(x.ari).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
  it("rejects mismatched or malformed input", () => {
    expect(code(() => comparePartitions([0, 1], [0, 1, 2]))).toBe("LENGTH_MISMATCH");
    expect(code(() => comparePartitions([0, 1.5], [0, 1]))).toBe("INVALID_PARTITION");
    expect(code(() => comparePartitions([], []))).toBe("INVALID_PARTITION");
    expect(code(() => comparePartitions(null as never, [0]))).toBe("INVALID_PARTITION");
  });
});
