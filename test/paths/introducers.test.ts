import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, introducers } from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";
import { arbWeightedGraph, tiesOf } from "../helpers/ties.js";

describe("introducers", () => {
  const g = SocialGraph.fromEdges([
    ["ann", "bob", 0.9], ["bob", "dan", 0.8], ["ann", "eve", 0.3], ["eve", "dan", 0.95], ["ann", "fay", 0.8], ["fay", "dan", 0.8], ["ann", "dan", 0.1], ["gus", "dan", 1],
  ]);

  it("ranks common contacts by the weaker tie, then by the chain product", () => {
    const rows = introducers(g, "ann", "dan", { ties: tiesOf(g) });
    expect(rows.map((r) => r.key)).toEqual(["bob", "fay", "eve"]);
    expect(rows[0]).toEqual({ key: "bob", strengthToA: 0.9, strengthToB: 0.8, trust: 0.8, chainTrust: 0.9 * 0.8, warm: true });
    expect(rows[2]!.warm).toBe(false);
    expect(introducers(g, "ann", "dan", { ties: tiesOf(g), limit: 1 }).map((r) => r.key)).toEqual(["bob"]);
    expect(introducers(g, "bob", "gus", { ties: tiesOf(g) }).map((r) => r.key)).toEqual(["dan"]);
    expect(introducers(g, "gus", "eve", { ties: tiesOf(g) })[0]!.trust).toBe(0.95);
  });

  it("reads ties in either direction on a directed graph", () => {
    const d = SocialGraph.fromEdges([["a", "c", 0.7], ["c", "b", 0.4], ["b", "c", 0.9]], { directed: true });
    expect(introducers(d, "a", "b", { ties: tiesOf(d) })).toEqual([{ key: "c", strengthToA: 0.7, strengthToB: 0.9, trust: 0.7, chainTrust: 0.7 * 0.9, warm: true }]);
  });

  it("property: the introducers are exactly the common neighbours, sorted by trust", () => {
    fc.assert(
      fc.property(arbWeightedGraph({ maxN: 15, maxEdges: 60 }), (gg) => {
        const r = introducers(gg, "0", "1", { ties: tiesOf(gg) });
        const common = Array.from(gg.neighbors(0)).filter((x) => x !== 0 && x !== 1 && gg.hasEdge(1, x));
        expect(r.map((x) => x.key).sort()).toEqual(common.map(String).sort());
        for (let k = 1; k < r.length; k++) expect(r[k - 1]!.trust).toBeGreaterThanOrEqual(r[k]!.trust);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects bad input with stable codes", () => {
    expect(code(() => introducers(g, "ann", "nobody", { ties: tiesOf(g) }))).toBe("UNKNOWN_NODE");
    expect(code(() => introducers(g, "nobody", "ann", { ties: tiesOf(g) }))).toBe("UNKNOWN_NODE");
    expect(code(() => introducers(g, "ann", "dan"))).toBe("INVALID_OPTION");
    expect(code(() => introducers(g, "ann", "dan", { ties: tiesOf(g), limit: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => introducers(g, "ann", "dan", { ties: tiesOf(g), x: 1 } as never))).toBe("UNKNOWN_OPTION");
  });

  it("names the missing node and the limit's bounds in its messages; limit Infinity returns every row", () => {
    expect(() => introducers(g, "ann", "nobody", { ties: tiesOf(g) })).toThrow('introducers: no node "nobody"');
    expect(() => introducers(g, "nobody", "ann", { ties: tiesOf(g) })).toThrow('introducers: no node "nobody"');
    expect(() => introducers(g, "ann", "dan", { ties: tiesOf(g), limit: -Infinity })).toThrow(
      "introducers: option limit must be an integer in [0, Infinity], got -Infinity",
    );
    expect(introducers(g, "ann", "dan", { ties: tiesOf(g), limit: Infinity })).toHaveLength(3);
  });
});
