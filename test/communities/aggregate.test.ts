import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { graphFromTriples, triplesArb } from "./helpers.js";
import { Mover } from "../../src/communities/local-moving.js";
import { aggregate, buildWorkGraph, compact, EdgeStore, Scratch } from "../../src/communities/work-graph.js";

describe("aggregate", () => {
  it("collapses communities and writes each new node's weight inside its group as the mover would compute it", () => {
    const arb = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: triplesArb(n, fc.double({ min: 0.1, max: 5, noNaN: true }), 5),
        labels: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
        groups: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        directed: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n, edges, labels: raw, groups: rawGroups, directed }) => {
        const g = graphFromTriples(n, edges, directed);
        const { graph } = buildWorkGraph(g, g.edgeWeights, "modularity", 1);
        const labels = Int32Array.from(raw, (x) => x % n);
        const k = compact(labels, new Int32Array(n));
        const groups = Int32Array.from({ length: k }, (_, c) => rawGroups[c]!);
        const into = new Float64Array(k).fill(NaN);
        const agg = aggregate(graph, labels, k, new Scratch(n), new EdgeStore(), { groups, into });
        // Recomputed by the mover from the aggregate rows: identical to the last bit.
        const mover = new Mover(k, new Scratch(k), 1);
        mover.init(agg, groups);
        expect(Array.from(into)).toEqual(Array.from(mover.kin.subarray(0, k)));
        // And equal to the weight between the members of c and of the rest of its group, from the input graph.
        const direct = new Float64Array(k);
        let inside = 0;
        for (let v = 0; v < n; v++) {
          for (let h = graph.offsets[v]!; h < graph.offsets[v + 1]!; h++) {
            const c = labels[v]!;
            const d = labels[graph.targets[h]!]!;
            if (c === d) inside += graph.weights[h]!;
            else if (groups[c] === groups[d]) direct[c]! += graph.weights[h]!;
          }
        }
        for (let c = 0; c < k; c++) expect(into[c]!).toBeCloseTo(direct[c]!, 9);
        let loops = 0;
        for (let c = 0; c < k; c++) loops += agg.loops[c]!;
        expect(loops).toBeCloseTo(inside, 9);
        // One level up, each group's internal weight counts the loops carried over.
        const top = Int32Array.from(groups, (x) => x % k);
        const kTop = compact(top, new Int32Array(k));
        const up = aggregate(agg, top, kTop, new Scratch(n), new EdgeStore());
        const byGroup = new Float64Array(kTop);
        for (let v = 0; v < n; v++) {
          for (let h = graph.offsets[v]!; h < graph.offsets[v + 1]!; h++) {
            const x = top[labels[v]!]!;
            if (x === top[labels[graph.targets[h]!]!]) byGroup[x]! += graph.weights[h]!;
          }
        }
        for (let x = 0; x < kTop; x++) expect(up.loops[x]!).toBeCloseTo(byGroup[x]!, 9);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it("leaves the inside weights alone without groups", () => {
    const g = graphFromTriples(4, [[0, 1, 1], [1, 2, 2], [2, 3, 3]], false);
    const { graph } = buildWorkGraph(g, g.edgeWeights, "modularity", 1);
    const agg = aggregate(graph, Int32Array.from([0, 0, 1, 1]), 2, new Scratch(4), new EdgeStore());
    expect(Array.from(agg.loops)).toEqual([2, 6]);
    expect(Array.from(agg.targets)).toEqual([1, 0]);
    expect(Array.from(agg.weights)).toEqual([2, 2]);
  });
});
