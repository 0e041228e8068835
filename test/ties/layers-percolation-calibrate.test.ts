import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  SocialGraph,
  calibrateTieModel,
  dunbarLayers,
  edgePercolation,
  estimateTieStrength,
  karateClub,
  rocAuc,
} from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";


describe("rocAuc", () => {
  it("counts ordered positive-negative pairs, ties as 1/2", () => {
    expect(rocAuc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0])).toBe(0.75);
    expect(rocAuc([1, 1, 1, 1], [1, 0, 1, 0])).toBe(0.5);
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
    expect(code(() => rocAuc([1], [1, 0]))).toBe("LENGTH_MISMATCH");
  });
});

describe("dunbarLayers", () => {
  it("ranks an ego's contacts by strength into cumulative layers", () => {
    // ego "e" with 20 contacts c0..c19 of strength 19..0 (c0 strongest)
    const rows = Array.from({ length: 20 }, (_, i) => ["e", `c${i}`, 20 - i] as [string, string, number]);
    const g = SocialGraph.fromEdges(rows);
    const s = Float64Array.from({ length: g.size }, (_, e) => g.edgeWeights[e]! / 20);
    const d = dunbarLayers(g, s, "e", { sizes: [2, 5, 10] });
    expect(d.members[0]).toEqual(["c0", "c1"]);
    expect(d.members[1]).toEqual(["c2", "c3", "c4"]);
    expect(d.members[2]).toHaveLength(5);
    expect(d.members[3]).toHaveLength(10);
    expect(d.get("c4")).toBe(1);
    expect(d.rows()[19]).toMatchObject({ contact: "c19", rank: 20, layer: 3, layerSize: Infinity });
    const def = dunbarLayers(g, s, "e");
    expect(def.members.map((m) => m.length)).toEqual([5, 10, 5, 0, 0]);
    expect(code(() => dunbarLayers(g, s, "nobody"))).toBe("UNKNOWN_NODE");
    expect(code(() => dunbarLayers(g, s, "c1").get("c2"))).toBe("UNKNOWN_NODE");
    expect(code(() => dunbarLayers(g, s, "e", { sizes: [5, 3] }))).toBe("INVALID_OPTION");
    expect(code(() => dunbarLayers(g, new Float64Array(2), "e"))).toBe("LENGTH_MISMATCH");
  });
  it("accepts a tie-strength result; on karate member 0's 5 strongest ties come first", () => {
    const { graph } = karateClub();
    const ties = estimateTieStrength(graph);
    const d = dunbarLayers(graph, ties, "0");
    expect(d.contacts.length).toBe(graph.degree(0));
    for (let r = 1; r < d.strengths.length; r++) expect(d.strengths[r]!).toBeLessThanOrEqual(d.strengths[r - 1]!);
    expect(d.members[0]).toHaveLength(5);
  });
});

/** Independent oracle: components by BFS on the edges not yet removed. */
function naive(g: SocialGraph, order: Int32Array, k: number): { giant: number; chi: number } {
  const alive = new Uint8Array(g.size).fill(1);
  for (let i = 0; i < k; i++) alive[order[i]!] = 0;
  const adj: number[][] = Array.from({ length: g.order }, () => []);
  for (let e = 0; e < g.size; e++) if (alive[e]) {
    adj[g.edgeSources[e]!]!.push(g.edgeTargets[e]!);
    adj[g.edgeTargets[e]!]!.push(g.edgeSources[e]!);
  }
  const seen = new Uint8Array(g.order);
  const sizes: number[] = [];
  for (let s = 0; s < g.order; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const stack = [s];
    let c = 0;
    while (stack.length) {
      const x = stack.pop()!;
      c++;
      for (const y of adj[x]!) if (!seen[y]) {
        seen[y] = 1;
        stack.push(y);
      }
    }
    sizes.push(c);
  }
  sizes.sort((a, b) => b - a);
  const giant = sizes[0]!;
  const chi = sizes.slice(1).reduce((a, s) => a + s * s, 0) / g.order;
  return { giant: giant / g.order, chi };
}

describe("edgePercolation", () => {
  it("path a-b-c-d removed weakest first, by hand", () => {
    const g = SocialGraph.fromEdges([["a", "b", 3], ["b", "c", 1], ["c", "d", 2]]);
    const p = edgePercolation(g, "weakest", { weights: g.edgeWeights, fractions: [0, 1 / 3, 2 / 3, 1] });
    expect(Array.from(p.order)).toEqual([1, 2, 0]);
    expect(Array.from(p.giant)).toEqual([1, 0.5, 0.5, 0.25]);
    // after removing b-c: {a,b} {c,d}: susceptibility = 2^2 / 4 = 1 (one of the two size-2 parts is the giant)
    expect(Array.from(p.susceptibility)).toEqual([0, 1, 0.5, 0.75]);
    expect(p.giantAt(1 / 6)).toBeCloseTo(0.75, 12);
    expect(p.rows()).toHaveLength(4);
    // rows() carries the removed fraction, where p.removed counts edges
    expect(Array.from(p.removed)).toEqual([0, 1, 2, 3]);
    expect(p.rows()[1]).toEqual({ removed: 1 / 3, giant: 0.5, susceptibility: 1 });
    expect(p.rows().map((r) => r.removed)).toEqual(Array.from(p.fractions));
  });
  it("matches a BFS oracle for every order, and a score array equals the weakest order", () => {
    const { graph } = karateClub();
    const ties = estimateTieStrength(graph);
    for (const order of ["weakest", "strongest", "random"] as const) {
      const p = edgePercolation(graph, order, { seed: 3 });
      p.removed.forEach((k, i) => {
        const ref = naive(graph, p.order, k);
        expect(p.giant[i]).toBeCloseTo(ref.giant, 12);
        expect(p.susceptibility[i]).toBeCloseTo(ref.chi, 12);
      });
    }
    const byScore = edgePercolation(graph, ties.strength, { seed: 3 });
    expect(Array.from(byScore.giant)).toEqual(Array.from(edgePercolation(graph, "weakest", { seed: 3, weights: ties }).giant));
  });
  it("errors", () => {
    const { graph } = karateClub();
    expect(code(() => edgePercolation(graph, "sideways" as never))).toBe("INVALID_OPTION");
    expect(code(() => edgePercolation(graph, new Float64Array(3)))).toBe("LENGTH_MISMATCH");
    expect(code(() => edgePercolation(graph, "random", { fractions: [0.5, 0.2] }))).toBe("INVALID_OPTION");
    expect(code(() => edgePercolation(SocialGraph.fromEdges([]), "random"))).toBe("EMPTY_GRAPH");
    const ctrl = new AbortController();
    ctrl.abort();
    expect(code(() => edgePercolation(graph, "random", { signal: ctrl.signal }))).toBe("ABORTED");
  });
  it("property: giant fraction never increases as edges are removed", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 40 }), fc.integer(), (pairs, seed) => {
        const g = SocialGraph.fromEdges(pairs.filter(([a, b]) => a !== b));
        if (g.order === 0) return true;
        const p = edgePercolation(g, "random", { seed });
        for (let i = 1; i < p.giant.length; i++) if (p.giant[i]! > p.giant[i - 1]! + 1e-15) return false;
        return p.giant[p.giant.length - 1] === 1 / g.order;
      }),
    );
  });
});

describe("calibrateTieModel", () => {
  it("recovers the closed-form logistic fit of a two-valued feature", () => {
    // a star: 10 ties of weight 9 (feature 1) with 8 friends, 10 of weight 1 (feature ln2/ln10) with 3 friends
    const rows: [string, string, number][] = [];
    const labels: [string, string, number][] = [];
    for (let i = 0; i < 20; i++) {
      rows.push(["hub", `n${i}`, i < 10 ? 9 : 1]);
      labels.push(["hub", `n${i}`, i < 10 ? (i < 8 ? 1 : 0) : i < 13 ? 1 : 0]);
    }
    labels.push(["n0", "n1", 1]); // not an edge: skipped
    const g = SocialGraph.fromEdges(rows);
    const model = calibrateTieModel(g, labels, { features: ["weight"], l2: 0, folds: 2 });
    const x1 = 1;
    const x0 = Math.log(2) / Math.log(10);
    const logit = (p: number): number => Math.log(p / (1 - p));
    const b1 = (logit(0.8) - logit(0.3)) / (x1 - x0);
    const b0 = logit(0.8) - b1 * x1;
    expect(model.coefficients[0]).toBeCloseTo(b1, 8);
    expect(model.intercept).toBeCloseTo(b0, 8);
    expect(model.positives).toBe(11);
    expect(model.negatives).toBe(9);
    expect(model.foldAuc).toHaveLength(2);
    const ties = estimateTieStrength(g, { model });
    expect(ties.source).toBe("model");
    expect(ties.get("hub", "n0")).toBeCloseTo(0.8, 8);
    expect(ties.get("hub", "n15")).toBeCloseTo(0.3, 8);
  });
  it("cross-validated AUC is high when labels follow a feature, near 0.5 when random", () => {
    const { graph } = karateClub();
    const ties = estimateTieStrength(graph);
    const pairs = Array.from({ length: graph.size }, (_, e) => [graph.key(graph.edgeSources[e]!), graph.key(graph.edgeTargets[e]!), ties.features.weight![e]! > 0.6 ? 1 : 0] as [string, string, number]);
    expect(calibrateTieModel(graph, pairs).cvAuc).toBeGreaterThan(0.95);
    const noisy = pairs.map(([a, b], i) => [a, b, (i * 7919) % 3 === 0 ? 1 : 0] as [string, string, number]);
    expect(Math.abs(calibrateTieModel(graph, noisy, { seed: 1 }).cvAuc - 0.5)).toBeLessThan(0.25);
  });
  it("errors", () => {
    const { graph } = karateClub();
    expect(code(() => calibrateTieModel(graph, [["0", "1", 1]]))).toBe("INVALID_OPTION");
    expect(code(() => calibrateTieModel(graph, [["0", "1"] as never]))).toBe("INVALID_ROW");
    expect(code(() => calibrateTieModel(graph, [["0", "zz", 1]]))).toBe("UNKNOWN_NODE");
    expect(code(() => calibrateTieModel(graph, [], { features: ["frequency"] }))).toBe("INVALID_OPTION");
    expect(code(() => calibrateTieModel(graph, [], { folds: 1 }))).toBe("INVALID_OPTION");
    expect(code(() => calibrateTieModel(graph, [], { epochs: 3 } as never))).toBe("UNKNOWN_OPTION");
    const model = calibrateTieModel(graph, Array.from({ length: graph.size }, (_, e) => [graph.edgeSources[e]!, graph.edgeTargets[e]!, e % 2] as [number, number, number]));
    const unweighted = karateClub({ weighted: false }).graph;
    expect(code(() => estimateTieStrength(unweighted, { model }))).toBe("INVALID_OPTION");
  });
});
