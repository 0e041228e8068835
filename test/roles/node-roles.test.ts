import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, nodeRoles, roleOf } from "../../src/index.js";
import { fixtureGraph, readFixture, type GraphFixture } from "../helpers/fixtures.js";
import { errorCode as code } from "../helpers/errors.js";

interface RolesFixture extends GraphFixture {
  membership: number[];
  modularity: number;
  population: { z: number[]; participation: number[]; role: number[] };
  sample: { z: number[]; participation: number[]; role: number[] };
}


describe("nodeRoles", () => {
  const fx = readFixture<RolesFixture>("roles", "karate-roles");
  const g = fixtureGraph(fx, { weighted: false });

  it("karate node 33 is a connector hub (z = 2.5117) with the population SD", () => {
    expect(fx.modularity).toBeGreaterThanOrEqual(0.4197);
    const row = nodeRoles(g, fx.membership).get("33");
    expect(row.z).toBeCloseTo(2.5117, 4);
    expect(row.participation).toBeCloseTo(0.5121, 4);
    expect(row.role).toBe("R6");
    expect(row.roleName).toBe("connector hub");
  });

  it("karate node 33 falls below the hub line (z = 2.4047, peripheral) with the sample SD", () => {
    const row = nodeRoles(g, fx.membership, { sd: "sample" }).get("33");
    expect(row.z).toBeCloseTo(2.4047, 4);
    expect(row.role).toBe("R2");
  });

  for (const sd of ["population", "sample"] as const) {
    it(`matches the paper's formulas computed in Python on every karate node (${sd} SD, 1e-12)`, () => {
      const r = nodeRoles(g, fx.membership, { sd });
      const want = fx[sd];
      for (let i = 0; i < g.order; i++) {
        expect(r.z[i]).toBeCloseTo(want.z[i]!, 12);
        expect(r.participation[i]).toBeCloseTo(want.participation[i]!, 12);
        expect(r.role[i]).toBe(want.role[i]);
      }
    });
  }

  it("hand-worked: a star across two modules", () => {
    // hub h in module A with leaves a1, a2 (A) and b1 (B); b1-b2 in B.
    const g2 = SocialGraph.fromEdges([["h", "a1"], ["h", "a2"], ["h", "b1"], ["b1", "b2"]]);
    const r = nodeRoles(g2, { h: "A", a1: "A", a2: "A", b1: "B", b2: "B" });
    // kappa in A: h 2, a1 1, a2 1 -> mean 4/3, population sd sqrt(2/9)
    expect(r.get("h").z).toBeCloseTo((2 - 4 / 3) / Math.sqrt(2 / 9), 12);
    // P_h = 1 - (2/3)^2 - (1/3)^2 = 4/9
    expect(r.get("h").participation).toBeCloseTo(4 / 9, 12);
    // b1: links h (A) and b2 (B): P = 1/2; b2: only B: P = 0
    expect(r.get("b1").participation).toBeCloseTo(0.5, 12);
    expect(r.get("b2").participation).toBe(0);
    // module B: kappa b1 = 1, b2 = 1 -> sd 0 -> z 0
    expect(r.get("b1").z).toBe(0);
    expect(r.rows()).toHaveLength(5);
  });

  it("uses weights when given, and reads a directed graph as its symmetrisation", () => {
    const u = SocialGraph.fromEdges([["a", "b", 3], ["a", "c", 1], ["c", "d", 1]]);
    const d = SocialGraph.fromEdges([["a", "b", 2], ["b", "a", 1], ["c", "a", 1], ["c", "d", 1]], { directed: true });
    const part = { a: 0, b: 0, c: 1, d: 1 };
    const ru = nodeRoles(u, part, { weights: u.edgeWeights });
    const rd = nodeRoles(d, part, { weights: d.edgeWeights });
    expect(ru.get("a").participation).toBeCloseTo(1 - (3 / 4) ** 2 - (1 / 4) ** 2, 12);
    expect(Array.from(rd.participation)).toEqual(Array.from(ru.participation));
    // unweighted: a has 1 link in each module
    expect(nodeRoles(u, part).get("a").participation).toBeCloseTo(0.5, 12);
  });

  it("gives isolated nodes P = 0 and z = 0 in singleton modules", () => {
    const g2 = SocialGraph.fromEdges([["a", "b"]], { nodes: ["a", "b", "x"] });
    const r = nodeRoles(g2, [0, 0, 1]);
    expect(r.get("x").participation).toBe(0);
    expect(r.get("x").z).toBe(0);
    expect(r.get("x").role).toBe("R1");
  });

  it("writes roles into a graphology graph", () => {
    const gg = g.toGraphology();
    nodeRoles(g, fx.membership).assign(gg);
    expect(gg.getNodeAttribute("33", "role")).toBe("R6");
  });

  it("hubZ moves the hub line", () => {
    expect(nodeRoles(g, fx.membership, { hubZ: 2.6 }).get("33").role).toBe("R2");
    expect(nodeRoles(g, fx.membership, { sd: "sample", hubZ: 2.4 }).get("33").role).toBe("R6");
  });

  it("roleOf uses the paper's boundaries", () => {
    expect([0.05, 0.0501, 0.62, 0.6201, 0.8, 0.8001].map((p) => roleOf(0, p))).toEqual([1, 2, 2, 3, 3, 4]);
    expect([0.3, 0.3001, 0.75, 0.7501].map((p) => roleOf(2.5, p))).toEqual([5, 6, 6, 7]);
    expect(roleOf(2.4999, 0.5)).toBe(2);
  });

  it("property: P in [0, 1), z sums to 0 within each module", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 25 }),
        fc.array(fc.tuple(fc.nat(24), fc.nat(24)), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 4 }),
        (n, pairs, k) => {
          const rows = pairs.map(([a, b]) => [String(a % n), String(b % n)] as [string, string]);
          const gg = SocialGraph.fromEdges(rows, { nodes: Array.from({ length: n }, (_, i) => String(i)) });
          const m = Array.from({ length: n }, (_, i) => i % k);
          const r = nodeRoles(gg, m);
          const sums = new Array(k).fill(0);
          for (let i = 0; i < n; i++) {
            expect(r.participation[i]).toBeGreaterThanOrEqual(0);
            expect(r.participation[i]).toBeLessThan(1);
            sums[m[i]!] += r.z[i]!;
          }
          for (const s of sums) expect(Math.abs(s)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("rejects bad options and partitions with stable codes", () => {
    expect(code(() => nodeRoles(g, fx.membership, { sd: "median" as never }))).toBe("INVALID_OPTION");
    expect(code(() => nodeRoles(g, fx.membership, { hubZ: NaN }))).toBe("INVALID_OPTION");
    expect(code(() => nodeRoles(g, fx.membership, { foo: 1 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => nodeRoles(g, [0, 1]))).toBe("LENGTH_MISMATCH");
    expect(code(() => nodeRoles(g, { nobody: 1 }))).toBe("UNKNOWN_NODE");
    expect(code(() => nodeRoles(g, { "0": 1 }))).toBe("INVALID_PARTITION");
    expect(code(() => nodeRoles(g, fx.membership, { weights: new Float64Array(3) }))).toBe("LENGTH_MISMATCH");
    expect(code(() => nodeRoles(g, fx.membership, { weights: new Float64Array(g.size).fill(-1) }))).toBe("INVALID_WEIGHT");
    expect(code(() => nodeRoles(g, fx.membership).get("nobody"))).toBe("UNKNOWN_NODE");
  });
});
