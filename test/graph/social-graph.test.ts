import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { SocialGraph, TiescopeError } from "../../src/index.js";
import { errorCode as codeOf } from "../helpers/errors.js";


describe("SocialGraph.fromEdges", () => {
  it("builds sorted CSR rows, edge ids in (min, max) order and summed parallel edges", () => {
    const g = SocialGraph.fromEdges([["a", "b", 2], ["b", "c"], ["c", "a", 1], ["b", "a", 3]]);
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.weighted).toBe(true);
    expect(Array.from(g.offsets)).toEqual([0, 2, 4, 6]);
    expect(Array.from(g.targets)).toEqual([1, 2, 0, 2, 0, 1]);
    // edges: (a,b)=0 weight 2+3, (a,c)=1 weight 1, (b,c)=2 weight 1 (missing weight counts 1)
    expect(Array.from(g.edgeSources)).toEqual([0, 0, 1]);
    expect(Array.from(g.edgeTargets)).toEqual([1, 2, 2]);
    expect(Array.from(g.edgeWeights)).toEqual([5, 1, 1]);
    expect(Array.from(g.edgeIds)).toEqual([0, 1, 0, 2, 1, 2]);
    expect(g.buildReport.parallelEdgesMerged).toBe(1);
    expect(g.strength(g.index("a"))).toBe(6);
    expect(g.degree(g.index("b"))).toBe(2);
  });

  it("applies the max and min parallel-edge policies", () => {
    const rows: [string, string, number][] = [["a", "b", 2], ["b", "a", 7], ["a", "b", 4]];
    expect(SocialGraph.fromEdges(rows, { parallelEdges: "max" }).edgeWeights[0]).toBe(7);
    expect(SocialGraph.fromEdges(rows, { parallelEdges: "min" }).edgeWeights[0]).toBe(2);
    expect(SocialGraph.fromEdges(rows, { parallelEdges: "sum" }).edgeWeights[0]).toBe(13);
  });

  it("keeps direction, in-adjacency and counts degree as in + out", () => {
    const g = SocialGraph.fromEdges(
      [{ source: "a", target: "b", w: 2 }, { source: "b", target: "a", w: 1 }, { source: "c", target: "a", w: 4 }],
      { directed: true, weight: "w" },
    );
    expect(g.size).toBe(3);
    const a = g.index("a");
    expect(g.outDegree(a)).toBe(1);
    expect(g.inDegree(a)).toBe(2);
    expect(g.degree(a)).toBe(3);
    expect(g.strength(a)).toBe(7);
    expect(Array.from(g.inNeighbors(a)).map((i) => g.key(i))).toEqual(["b", "c"]);
    expect(g.edgeId(a, g.index("b"))).toBeGreaterThanOrEqual(0);
    expect(g.edgeId(a, g.index("c"))).toBe(-1);
    expect(g.edgeId(g.index("c"), a)).toBeGreaterThanOrEqual(0);
    // in-lists carry the edge id of the arc they mirror
    for (let v = 0; v < g.order; v++) {
      for (let h = g.inOffsets[v]!; h < g.inOffsets[v + 1]!; h++) {
        const e = g.inEdgeIds[h]!;
        expect(g.edgeSources[e]).toBe(g.inSources[h]);
        expect(g.edgeTargets[e]).toBe(v);
        expect(g.edgeWeights[e]).toBe(g.inWeights[h]);
      }
    }
  });

  it("stringifies numeric keys, includes isolates and ignores-but-counts self-loops", () => {
    const g = SocialGraph.fromEdges([[1, 2], [2, 2], [3, 1]], { nodes: ["iso"] });
    expect(g.keys()).toEqual(["iso", "1", "2", "3"]);
    expect(g.degree(g.index("iso"))).toBe(0);
    expect(g.index(2)).toBe(2);
    expect(g.size).toBe(2);
    expect(g.weighted).toBe(false);
    expect(g.buildReport.selfLoopsIgnored).toBe(1);
  });

  it("ends the last row exactly after a self-loop and a parallel edge on the last node", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "c"], ["c", "b"], ["c", "b"]]);
    const c = g.index("c");
    expect(g.offsets[g.order]).toBe(g.targets.length);
    expect(Array.from(g.neighbors(c)).map((i) => g.key(i))).toEqual(["b"]);
    expect(g.edgeWeight(g.edgeId(c, g.index("b")))).toBe(3);
    expect(g.buildReport).toMatchObject({ selfLoopsIgnored: 1, parallelEdgesMerged: 2 });
  });

  it("exposes neighbours without allocation through forEachNeighbor", () => {
    const g = SocialGraph.fromEdges([["x", "y", 2], ["x", "z", 3]]);
    const seen: [string, number][] = [];
    g.forEachNeighbor(g.index("x"), (j, w) => seen.push([g.key(j), w]));
    expect(seen).toEqual([["y", 2], ["z", 3]]);
    expect(g.edgeEndpoints(1)).toEqual([0, 2]);
  });
});

describe("SocialGraph.fromArrays", () => {
  it("builds from typed arrays with lazy decimal keys", () => {
    const g = SocialGraph.fromArrays(Int32Array.of(0, 1, 2), Int32Array.of(1, 2, 0), Float64Array.of(1, 2, 3));
    expect(g.order).toBe(3);
    expect(g.key(2)).toBe("2");
    expect(g.index("1")).toBe(1);
    expect(g.indexOrMissing("01")).toBe(-1);
    expect(g.indexOrMissing("3")).toBe(-1);
    expect(g.totalWeight()).toBe(6);
  });

  it("accepts explicit keys and order (isolates at the end)", () => {
    const g = SocialGraph.fromArrays(Int32Array.of(0), Int32Array.of(1), null, { keys: ["p", "q", "r"] });
    expect(g.order).toBe(3);
    expect(g.index("r")).toBe(2);
    expect(g.degree(2)).toBe(0);
  });
});

describe("SocialGraph.fromGraphology / toGraphology", () => {
  it("reads direction, weights and isolates from a graphology graph", () => {
    const graph = new Graph({ type: "directed" });
    graph.mergeEdge("a", "b", { weight: 2 });
    graph.mergeEdge("b", "c");
    graph.addNode("lonely");
    const g = SocialGraph.fromGraphology(graph);
    expect(g.directed).toBe(true);
    expect(g.order).toBe(4);
    expect(g.edgeWeight(g.edgeId(g.index("a"), g.index("b")))).toBe(2);
    expect(g.edgeWeight(g.edgeId(g.index("b"), g.index("c")))).toBe(1);
    const back = g.toGraphology();
    expect(back.type).toBe("directed");
    expect(back.order).toBe(4);
    expect(back.getEdgeAttribute("a", "b", "weight")).toBe(2);
  });

  it("sums a multigraph's parallel edges and evaluates a weight accessor once per edge", () => {
    const graph = new Graph({ type: "undirected", multi: true });
    graph.mergeNode("a");
    graph.mergeNode("b");
    graph.addEdge("a", "b", { calls: 3 });
    graph.addEdge("b", "a", { calls: 4 });
    let calls = 0;
    const g = SocialGraph.fromGraphology(graph, {
      weight: (_e, attr) => {
        calls++;
        return attr.calls as number;
      },
    });
    expect(calls).toBe(2);
    expect(g.size).toBe(1);
    expect(g.edgeWeights[0]).toBe(7);
  });
});

describe("errors", () => {
  it("INVALID_WEIGHT for NaN, negative and infinite weights, naming the row", () => {
    expect(codeOf(() => SocialGraph.fromEdges([["a", "b", Number.NaN]]))).toBe("INVALID_WEIGHT");
    expect(codeOf(() => SocialGraph.fromEdges([["a", "b", -1]]))).toBe("INVALID_WEIGHT");
    expect(codeOf(() => SocialGraph.fromArrays(Int32Array.of(0), Int32Array.of(1), Float64Array.of(Infinity)))).toBe("INVALID_WEIGHT");
    expect(() => SocialGraph.fromEdges([["a", "b", 1], ["a", "c", -2]])).toThrow(/fromEdges: row 1 has weight -2/);
    const graph = new Graph();
    graph.mergeEdge("a", "b", { weight: "heavy" });
    expect(codeOf(() => SocialGraph.fromGraphology(graph))).toBe("INVALID_WEIGHT");
  });

  it("INVALID_ROW for a missing endpoint or a row of the wrong shape", () => {
    expect(codeOf(() => SocialGraph.fromEdges([{ source: "a" } as never]))).toBe("INVALID_ROW");
    expect(() => SocialGraph.fromEdges([["a", "b"], [null, "b"] as never])).toThrow(/row 1 has no source/);
    expect(codeOf(() => SocialGraph.fromEdges([42 as never]))).toBe("INVALID_ROW");
  });

  it("UNKNOWN_NODE for unknown keys and out-of-range indices", () => {
    const g = SocialGraph.fromEdges([["a", "b"]]);
    expect(codeOf(() => g.index("zed"))).toBe("UNKNOWN_NODE");
    expect(codeOf(() => g.key(5))).toBe("UNKNOWN_NODE");
    expect(codeOf(() => g.degree(-1))).toBe("UNKNOWN_NODE");
    expect(codeOf(() => SocialGraph.fromArrays(Int32Array.of(0), Int32Array.of(4), null, { order: 3 }))).toBe("UNKNOWN_NODE");
  });

  it("UNKNOWN_EDGE for an edge id out of range", () => {
    const g = SocialGraph.fromEdges([["a", "b"]]);
    expect(codeOf(() => g.edgeEndpoints(1))).toBe("UNKNOWN_EDGE");
  });

  it("MIXED_GRAPH for a graphology graph with both kinds of edges", () => {
    const graph = new Graph({ type: "mixed" });
    graph.mergeDirectedEdge("a", "b");
    graph.mergeUndirectedEdge("b", "c");
    expect(codeOf(() => SocialGraph.fromGraphology(graph))).toBe("MIXED_GRAPH");
  });

  it("UNKNOWN_OPTION and INVALID_OPTION for bad options", () => {
    expect(codeOf(() => SocialGraph.fromEdges([], { weigth: "w" } as never))).toBe("UNKNOWN_OPTION");
    expect(codeOf(() => SocialGraph.fromEdges([], { parallelEdges: "mean" } as never))).toBe("INVALID_OPTION");
    expect(codeOf(() => SocialGraph.fromEdges([], { directed: "yes" } as never))).toBe("INVALID_OPTION");
  });

  it("SELF_LOOP and PARALLEL_EDGE under the error policies, naming the row", () => {
    expect(codeOf(() => SocialGraph.fromEdges([["a", "a"]], { selfLoops: "error" }))).toBe("SELF_LOOP");
    expect(() => SocialGraph.fromEdges([["a", "b"], ["c", "c"], ["x", "y"], ["b", "a"]], { parallelEdges: "error" })).toThrow(
      /row 3 repeats the edge "a" -- "b"/,
    );
  });

  it("LENGTH_MISMATCH for arrays of different lengths", () => {
    expect(codeOf(() => SocialGraph.fromArrays(Int32Array.of(0, 1), Int32Array.of(1)))).toBe("LENGTH_MISMATCH");
  });

  it("TiescopeError carries its code, name and details", () => {
    try {
      SocialGraph.fromEdges([["a", "b"]]).index("q");
    } catch (e) {
      expect(e).toBeInstanceOf(TiescopeError);
      expect((e as TiescopeError).name).toBe("TiescopeError");
      expect((e as TiescopeError).details).toEqual({ node: "q" });
    }
  });
});
