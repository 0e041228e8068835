import { describe, expect, it } from "vitest";
import { SocialGraph, structuralHoles } from "../../src/index.js";
import { WEIGHTED, load } from "./parity.js";

const HOLES = ["karate", "karate-weighted", "dolphins", "lesmis", "tree-plus-0", "tree-plus-1", "tree-plus-2", "gnp-0", "gnp-1", "caveman", "barbell", "digraph-0", "digraph-1"];

/** Values from NetworkX's test_structuralholes.py, checked there against UCINET and by hand. */
const UCINET_G: [string, string, number][] = [
  ["A", "B", 2], ["A", "F", 3], ["A", "G", 5], ["A", "E", 2], ["E", "G", 8],
  ["F", "G", 3], ["B", "G", 4], ["B", "D", 1], ["D", "G", 3], ["G", "C", 10],
];
const UCINET_D: [string, string, number][] = [["0", "1", 2], ["0", "2", 2], ["1", "0", 1], ["2", "1", 1]];

describe("structuralHoles", () => {
  it("matches the UCINET-checked values of NetworkX's test suite (undirected)", () => {
    const g = SocialGraph.fromEdges(UCINET_G);
    const plain = structuralHoles(g);
    expect(plain.get("G").constraint).toBeCloseTo(0.4, 3);
    expect(plain.get("A").constraint).toBeCloseTo(0.595, 3);
    expect(plain.get("C").constraint).toBeCloseTo(1, 3);
    expect(plain.get("G").effectiveSize).toBeCloseTo(4.67, 2);
    expect(plain.get("A").effectiveSize).toBeCloseTo(2.5, 2);
    expect(plain.get("C").effectiveSize).toBeCloseTo(1, 2);
    const weighted = structuralHoles(g, { weights: g.edgeWeights });
    expect(weighted.get("G").constraint).toBeCloseTo(0.299, 3);
    expect(weighted.get("A").constraint).toBeCloseTo(0.795, 3);
    expect(weighted.get("C").constraint).toBeCloseTo(1, 3);
    expect(weighted.get("G").effectiveSize).toBeCloseTo(5.47, 2);
    expect(weighted.get("A").effectiveSize).toBeCloseTo(2.47, 2);
    expect(weighted.get("C").effectiveSize).toBeCloseTo(1, 2);
  });

  it("matches the UCINET-checked values of NetworkX's test suite (directed)", () => {
    const d = SocialGraph.fromEdges(UCINET_D, { directed: true });
    const plain = structuralHoles(d);
    expect(Array.from(plain.constraint).map((x) => +x.toFixed(3))).toEqual([1.003, 1.003, 1.389]);
    expect(Array.from(plain.effectiveSize).map((x) => +x.toFixed(3))).toEqual([1.167, 1.167, 1]);
    const weighted = structuralHoles(d, { weights: d.edgeWeights });
    expect(Array.from(weighted.constraint).map((x) => +x.toFixed(3))).toEqual([0.84, 1.143, 1.378]);
    expect(Array.from(weighted.effectiveSize).map((x) => +x.toFixed(3))).toEqual([1.567, 1.083, 1]);
  });

  it("computes hierarchy by Burt's formula on a hand-worked example", () => {
    // i - a, i - b, i - c, a - b. p_ix = 1/3; p_ab = p_ba = 1/2.
    // c_ia = c_ib = (1/3 + 1/3 * 1/2)^2 = 1/4, c_ic = (1/3)^2 = 1/9, C_i = 11/18.
    // mean c = 11/54: ratios 27/22, 27/22, 6/11.
    const g = SocialGraph.fromEdges([["i", "a"], ["i", "b"], ["i", "c"], ["a", "b"]]);
    const r = structuralHoles(g);
    expect(r.localConstraintOf("i", "a")).toBeCloseTo(1 / 4, 12);
    expect(r.localConstraintOf("i", "c")).toBeCloseTo(1 / 9, 12);
    expect(r.get("i").constraint).toBeCloseTo(11 / 18, 12);
    const h = (2 * (27 / 22) * Math.log(27 / 22) + (6 / 11) * Math.log(6 / 11)) / (3 * Math.log(3));
    expect(r.get("i").hierarchy).toBeCloseTo(h, 12);
    expect(r.get("i").hierarchy).toBeCloseTo(0.0522, 4);
    // Borgatti: N - 2t/N = 3 - 2/3; efficiency = 7/9
    expect(r.get("i").effectiveSize).toBeCloseTo(7 / 3, 12);
    expect(r.get("i").efficiency).toBeCloseTo(7 / 9, 12);
    // a star spreads constraint evenly: hierarchy 0; one contact: hierarchy undefined
    const star = structuralHoles(SocialGraph.fromEdges([["c", "a"], ["c", "b"], ["c", "d"]]));
    expect(star.get("c")).toEqual({ node: "c", constraint: 1 / 3, effectiveSize: 3, efficiency: 1, hierarchy: 0 });
    expect(star.get("a").constraint).toBe(1);
    expect(star.get("a").hierarchy).toBeNaN();
  });

  it("gives NaN for isolates and validates its input", () => {
    const g = SocialGraph.fromEdges([["a", "b"]], { nodes: ["z"] });
    const r = structuralHoles(g).get("z");
    expect([r.constraint, r.effectiveSize, r.efficiency, r.hierarchy].every(Number.isNaN)).toBe(true);
    expect(() => structuralHoles(g, { weights: new Float64Array([-1]) })).toThrowError(expect.objectContaining({ code: "INVALID_WEIGHT" }));
    expect(() => structuralHoles(g, { weight: 1 } as never)).toThrowError(expect.objectContaining({ code: "UNKNOWN_OPTION" }));
    expect(() => structuralHoles(g).localConstraintOf("a", "z")).toThrowError(expect.objectContaining({ code: "UNKNOWN_EDGE" }));
    expect(() => structuralHoles(g).get("q")).toThrowError(expect.objectContaining({ code: "UNKNOWN_NODE" }));
    const graph = SocialGraph.fromEdges([["a", "b"]]).toGraphology();
    structuralHoles(SocialGraph.fromEdges([["a", "b"]])).assign(graph, "burt_");
    expect(graph.getNodeAttribute("a", "burt_constraint")).toBe(1);
  });

  it.each(HOLES)("matches NetworkX constraint, local_constraint and effective_size(nodes=list(G)) on %s", (name) => {
    const { f, g } = load(name);
    for (const weighted of WEIGHTED.has(name) ? [false, true] : [false]) {
      const tag = weighted ? "Weighted" : "";
      const r = structuralHoles(g, { weights: weighted ? g.edgeWeights : null });
      const cons = f[`constraint${tag}`] as (number | null)[];
      const es = f[`effectiveSize${tag}`] as (number | null | "skip")[];
      for (let i = 0; i < g.order; i++) {
        if (cons[i] === null) expect(r.constraint[i]).toBeNaN();
        else expect(Math.abs(r.constraint[i]! - cons[i]!)).toBeLessThan(1e-9);
        const e = es[i];
        if (e === "skip") continue; // NetworkX's NaN for a node with in-arcs only (see scripts/fixtures/bridges.py)
        if (e === null) expect(r.effectiveSize[i]).toBeNaN();
        else expect(Math.abs(r.effectiveSize[i]! - e!)).toBeLessThan(1e-9);
      }
      for (const [u, v, x] of f[`localConstraint${tag}`] as [string, string, number][]) {
        expect(Math.abs(r.localConstraintOf(u, v) - x)).toBeLessThan(1e-9);
      }
    }
  });
});
