import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, brokerageRoles } from "../../src/index.js";

describe("brokerageRoles", () => {
  it("classifies each open two-path by the three groups (hand-worked)", () => {
    // broker b (group Y); sources and targets in groups X, Y, Z
    const g = SocialGraph.fromEdges(
      [["x1", "b"], ["y1", "b"], ["b", "x2"], ["b", "y2"], ["b", "z1"], ["x1", "x2"]],
      { directed: true },
    );
    const groups = { x1: "X", x2: "X", y1: "Y", y2: "Y", b: "Y", z1: "Z" };
    const r = brokerageRoles(g, groups).get("b");
    // x1->b->x2 is closed by x1->x2: not counted.
    // x1->b->y2: gatekeeper; x1->b->z1: liaison;
    // y1->b->x2: representative; y1->b->y2: coordinator; y1->b->z1: representative.
    expect(r).toEqual({ node: "b", coordinator: 1, itinerant: 0, representative: 2, gatekeeper: 1, liaison: 1, total: 5 });
    // itinerant: a and c share a group, b is an outsider
    const h = SocialGraph.fromEdges([["a", "b"], ["b", "c"]], { directed: true });
    expect(brokerageRoles(h, [0, 1, 0]).get("b").itinerant).toBe(1);
    expect(brokerageRoles(h, [0, 1, 0]).get("a").total).toBe(0);
  });

  it("ignores reciprocated pairs and validates input", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "a"]], { directed: true });
    expect(brokerageRoles(g, [0, 1]).get("b").total).toBe(0);
    expect(() => brokerageRoles(SocialGraph.fromEdges([["a", "b"]]), [0, 1])).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_GRAPH" }));
    expect(() => brokerageRoles(g, [0])).toThrowError(expect.objectContaining({ code: "LENGTH_MISMATCH" }));
    expect(() => brokerageRoles(g, { a: 1 })).toThrowError(expect.objectContaining({ code: "INVALID_PARTITION" }));
    expect(() => brokerageRoles(g, [0, 1]).get("q")).toThrowError(expect.objectContaining({ code: "UNKNOWN_NODE" }));
    const graph = g.toGraphology();
    brokerageRoles(g, [0, 0]).assign(graph);
    expect(graph.getNodeAttribute("a", "liaison")).toBe(0);
  });

  it("agrees with a brute force over all ordered triples", () => {
    const arb = fc.integer({ min: 2, max: 9 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        arcs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
        groups: fc.array(fc.nat(2), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n, arcs, groups }) => {
        const kept = arcs.filter(([u, v]) => u !== v);
        const g = SocialGraph.fromArrays(Int32Array.from(kept, (a) => a[0]), Int32Array.from(kept, (a) => a[1]), null, { order: n, directed: true, parallelEdges: "max" });
        const r = brokerageRoles(g, groups);
        const want = Array.from({ length: n }, () => [0, 0, 0, 0, 0]);
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++)
            for (let c = 0; c < n; c++) {
              if (a === b || b === c || a === c || !g.hasEdge(a, b) || !g.hasEdge(b, c) || g.hasEdge(a, c)) continue;
              const [A, B, C] = [groups[a], groups[b], groups[c]];
              const role = A === B && B === C ? 0 : A === C ? 1 : A === B ? 2 : B === C ? 3 : 4;
              want[b]![role]!++;
            }
        for (let b = 0; b < n; b++) {
          expect([r.coordinator[b], r.itinerant[b], r.representative[b], r.gatekeeper[b], r.liaison[b]]).toEqual(want[b]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
