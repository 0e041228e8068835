import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { graphFromTriples, triplesArb } from "./helpers.js";
import { Refiner } from "../../src/communities/refine.js";
import { buildWorkGraph, compact, Scratch, type Objective, type WorkGraph } from "../../src/communities/work-graph.js";
import { Random } from "../../src/util/random.js";

/**
 * Leiden's refinement written out directly from the paper's `MergeNodesSubset`, with every
 * quantity recomputed from the members of each refined community (no incremental bookkeeping):
 * communities of P in label order, the nodes of each in one shared shuffled order, a singleton
 * that is well connected to S joins a well-connected refined community with gain >= 0 (or
 * stays) with probability proportional to exp(gain / θ) (0 below exp(−40)). Integer weights keep every sum exact,
 * so the result must equal the typed-array implementation label for label.
 */
function referenceRefine(graph: WorkGraph, objective: Objective, P: Int32Array, kP: number, random: Random, theta: number): Int32Array {
  const { n, offsets, targets, weights, a, b } = graph;
  const s = objective.scale;
  const R = Int32Array.from({ length: n }, (_, v) => v);
  const members = (r: number) => [...Array(n).keys()].filter((x) => R[x] === r);
  const row = (v: number) => Array.from({ length: offsets[v + 1]! - offsets[v]! }, (_, i) => [targets[offsets[v]! + i]!, weights[offsets[v]! + i]!] as const);
  const order = Int32Array.from({ length: n }, (_, v) => v);
  random.shuffle(order);
  for (let p = 0; p < kP; p++) {
    const S = Array.from(order).filter((v) => P[v] === p);
    const SA = S.reduce((t, v) => t + a[v]!, 0);
    const SB = S.reduce((t, v) => t + b[v]!, 0);
    const outside = (r: number) => members(r).reduce((t, x) => t + row(x).reduce((u, [y, w]) => u + (P[y] === p && R[y] !== r ? w : 0), 0), 0);
    const sums = (r: number) => members(r).reduce<[number, number]>(([x, y], m) => [x + a[m]!, y + b[m]!], [0, 0]);
    for (const v of S) {
      if (members(R[v]!).length !== 1) continue;
      const kv = row(v).reduce((t, [u, w]) => t + (P[u] === p ? w : 0), 0);
      if (kv < s * (a[v]! * (SB - b[v]!) + b[v]! * (SA - a[v]!))) continue;
      const toR = new Map<number, number>();
      for (const [u, w] of row(v)) if (P[u] === p) toR.set(R[u]!, (toR.get(R[u]!) ?? 0) + w);
      const options: [number, number][] = [[R[v]!, 0]];
      for (const [r, w] of toR) {
        if (r === R[v]) continue;
        const [rA, rB] = sums(r);
        const gain = w - s * (a[v]! * rB + b[v]! * rA);
        if (gain >= 0 && outside(r) >= s * (rA * (SB - rB) + rB * (SA - rA))) options.push([r, gain]);
      }
      if (options.length === 1) continue;
      const best = Math.max(...options.map((o) => o[1]));
      const odds = options.map(([, g]) => ((g - best) / theta < -40 ? 0 : Math.exp((g - best) / theta)));
      let x = random.next() * odds.reduce((t, o) => t + o, 0);
      let pick = options.length - 1;
      for (let i = 0; i < options.length; i++) {
        x -= odds[i]!;
        if (x < 0) {
          pick = i;
          break;
        }
      }
      R[v] = options[pick]![0];
    }
  }
  return R;
}

/** Dense labels in order of first appearance, for comparing two labellings up to renaming. */
const canonical = (labels: ArrayLike<number>): number[] => {
  const copy = Int32Array.from(labels);
  compact(copy, new Int32Array(Math.max(0, ...copy) + 1));
  return Array.from(copy);
};

describe("Leiden refinement", () => {
  it("equals the written-out algorithm on random graphs and partitions (modularity, directed, CPM)", () => {
    const arb = fc.integer({ min: 2, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: triplesArb(n, fc.integer({ min: 1, max: 4 }), 4),
        parts: fc.integer({ min: 1, max: Math.max(1, n >> 2) }),
        labels: fc.array(fc.nat(), { minLength: n, maxLength: n }),
        directed: fc.boolean(),
        cpm: fc.boolean(),
        seed: fc.integer({ min: 0, max: 10_000 }),
        theta: fc.constantFrom(0.01, 0.5, 3),
      }),
    );
    let merged = 0;
    fc.assert(
      fc.property(arb, ({ n, edges, parts, labels, directed, cpm, seed, theta }) => {
        const g = graphFromTriples(n, edges, directed);
        const { graph, objective } = buildWorkGraph(g, g.edgeWeights, cpm ? "cpm" : "modularity", cpm ? 0.25 : 1);
        // P: dense labels 0 .. kP - 1.
        const raw = labels.map((x) => x % parts);
        const P = Int32Array.from(canonical(raw));
        const kP = Math.max(...P) + 1;
        const refiner = new Refiner(n, new Scratch(n), objective);
        const inside = Float64Array.from({ length: n }, (_, v) => {
          let x = 0;
          for (let h = graph.offsets[v]!; h < graph.offsets[v + 1]!; h++) if (P[graph.targets[h]!] === P[v]) x += graph.weights[h]!;
          return x;
        });
        const k = refiner.refine(graph, P, kP, inside, new Random(seed), theta);
        const got = refiner.refined.slice(0, n);
        const want = referenceRefine(graph, objective, P, kP, new Random(seed), theta);
        expect(canonical(got)).toEqual(canonical(want));
        expect(k).toBe(new Set(want).size);
        // Every refined community lies inside one community of P.
        for (let v = 0; v < n; v++) for (let u = 0; u < n; u++) if (got[u] === got[v]) expect(P[u]).toBe(P[v]);
        if (k < n) merged++;
      }),
      { seed: 7, numRuns: 300 },
    );
    // The property is only meaningful if refinement actually merges nodes in many of the cases.
    expect(merged).toBeGreaterThan(100);
  });
});
