import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, classifyConnectors, type TieStrengthLike } from "../../src/index.js";
import { connectorScenario } from "./connector-scenario.js";
import { errorCode as code } from "../helpers/errors.js";
import { arbWeightedGraph, tiesOf } from "../helpers/ties.js";

/** Brute force: enumerate every pair of strong contacts. */
function bruteForce(g: SocialGraph, ties: TieStrengthLike, m: number[]) {
  const power = new Float64Array(g.order);
  const intro = new Float64Array(g.order);
  const mega = new Float64Array(g.order);
  for (let i = 0; i < g.order; i++) {
    const strong: [number, number][] = [];
    g.forEachNeighbor(i, (j, _w, e) => {
      if (j === i) return;
      mega[i] = mega[i]! + 1 - ties.strength[e]!;
      if (!ties.weak[e]) strong.push([j, ties.strength[e]!]);
    });
    for (let a = 0; a < strong.length; a++) {
      for (let b = a + 1; b < strong.length; b++) {
        const [j, sj] = strong[a]!;
        const [k, sk] = strong[b]!;
        if (m[j] !== m[k] && !g.hasEdge(j, k)) {
          power[i] = power[i]! + Math.min(sj, sk);
          intro[i] = intro[i]! + 1;
        }
      }
    }
  }
  return { power, intro, mega };
}

describe("classifyConnectors", () => {
  it("finds the known mega and power connectors of the generated scenario, and nobody else", () => {
    const { graph, ties, partition } = connectorScenario();
    const r = classifyConnectors(graph, { ties, partition });
    expect(r.kind("mega")).toBe("mega");
    expect(r.kind("power")).toBe("power");
    for (const row of r.rows()) if (row.key !== "mega" && row.key !== "power") expect(row.kind, row.key).toBe("none");
    const power = r.get("power");
    expect(power.strongCommunities).toBe(3);
    expect(power.strongCommunityLabels).toEqual(["A", "B", "C"]);
    // 9 strong contacts, 3 per community: 27 cross pairs, none tied (1, 6, 11 are > 3 apart), each min 0.9.
    expect(power.introductions).toBe(27);
    expect(power.powerScore).toBeCloseTo(27 * 0.9, 12);
    const mega = r.get("mega");
    expect(mega.degree).toBe(60);
    expect(mega.megaScore).toBeCloseTo(60 * 0.9, 12);
    expect(mega.weakShare).toBe(1);
    expect(mega.powerScore).toBe(0);
    expect(r.top("power", 1)[0]!.key).toBe("power");
    expect(r.top("mega", 1)[0]!.key).toBe("mega");
  });

  it("hand-worked: a broker between two triangles, minus the pair that knows each other", () => {
    // b strong to x1, x2 (community X) and y1 (Y); x1 - y1 are tied, so only (x2, y1) is an introduction.
    const g = SocialGraph.fromEdges([
      ["b", "x1", 0.9], ["b", "x2", 0.6], ["b", "y1", 0.7], ["x1", "x2", 0.9], ["x1", "y1", 0.2], ["b", "z", 0.1],
    ]);
    const r = classifyConnectors(g, { ties: tiesOf(g), partition: { b: "X", x1: "X", x2: "X", y1: "Y", z: "Z" } });
    const b = r.get("b");
    expect(b.introductions).toBe(1);
    expect(b.powerScore).toBeCloseTo(0.6, 12);
    expect(b.strongCommunities).toBe(2);
    expect(b.megaScore).toBeCloseTo(0.1 + 0.4 + 0.3 + 0.9, 12);
    expect(b.weakShare).toBeCloseTo(1 / 4, 12);
    expect(b.kind).toBe("power");
  });

  it("property: powerScore and introductions equal a brute-force pair enumeration", () => {
    fc.assert(
      fc.property(
        arbWeightedGraph({ maxN: 24, maxEdges: 150 }),
        fc.integer({ min: 1, max: 5 }),
        (g, k) => {
          const n = g.order;
          const ties = tiesOf(g, 0.4);
          const m = Array.from({ length: n }, (_, i) => (i * 7) % k);
          const r = classifyConnectors(g, { ties, partition: m });
          const want = bruteForce(g, ties, m);
          for (let i = 0; i < n; i++) {
            expect(r.introductions[i]).toBe(want.intro[i]);
            expect(r.powerScore[i]).toBeCloseTo(want.power[i]!, 9);
            expect(r.megaScore[i]).toBeCloseTo(want.mega[i]!, 9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads a directed graph as its symmetrisation (stronger arc, strong if either arc is)", () => {
    const d = SocialGraph.fromEdges([["b", "x", 0.9], ["x", "b", 0.2], ["y", "b", 0.8], ["b", "y", 0.3]], { directed: true });
    const u = SocialGraph.fromEdges([["b", "x", 0.9], ["b", "y", 0.8]], { nodes: ["b", "x", "y"] });
    const part = { b: 0, x: 1, y: 2 };
    const rd = classifyConnectors(d, { ties: tiesOf(d), partition: part });
    const ru = classifyConnectors(u, { ties: tiesOf(u), partition: part });
    expect(Array.from(rd.powerScore)).toEqual(Array.from(ru.powerScore));
    expect(rd.get("b").powerScore).toBeCloseTo(0.8, 12);
  });

  it("honours absolute thresholds, writes kinds into graphology, and gives isolated nodes 'none'", () => {
    const { graph, ties, partition } = connectorScenario();
    const r = classifyConnectors(graph, { ties, partition, thresholds: { power: 1e9, mega: 0 } });
    expect(r.kind("power")).toBe("none");
    expect(r.kind("mega")).toBe("mega");
    expect(r.cutoffs.power).toBe(1e9);
    const gg = graph.toGraphology();
    classifyConnectors(graph, { ties, partition }).assign(gg);
    expect(gg.getNodeAttribute("power", "connector")).toBe("power");
    const iso = SocialGraph.fromEdges([["a", "b", 0.9]], { nodes: ["a", "b", "c"] });
    expect(classifyConnectors(iso, { ties: tiesOf(iso), partition: [0, 0, 1] }).kind("c")).toBe("none");
  });

  it("reports progress up to 1, and a parallel edge on the last node equals its merged simple edge", () => {
    const { graph, ties, partition } = connectorScenario();
    const seen: number[] = [];
    classifyConnectors(graph, { ties, partition, onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    const multi = SocialGraph.fromEdges([["a", "b", 0.9], ["a", "c", 0.8], ["a", "c", 0.6]], { parallelEdges: "max" });
    const simple = SocialGraph.fromEdges([["a", "b", 0.9], ["a", "c", 0.8]]);
    const part = { a: 0, b: 1, c: 2 };
    expect(classifyConnectors(multi, { ties: tiesOf(multi), partition: part }).get("a").powerScore).toBeCloseTo(0.8, 12);
    expect(Array.from(classifyConnectors(multi, { ties: tiesOf(multi), partition: part }).powerScore)).toEqual(
      Array.from(classifyConnectors(simple, { ties: tiesOf(simple), partition: part }).powerScore),
    );
  });

  it("rejects bad input with stable codes", () => {
    const { graph, ties, partition } = connectorScenario();
    expect(code(() => classifyConnectors(graph, { partition }))).toBe("INVALID_OPTION");
    expect(code(() => classifyConnectors(graph, { ties }))).toBe("INVALID_OPTION");
    expect(code(() => classifyConnectors(graph, { ties, partition, foo: 1 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => classifyConnectors(graph, { ties, partition, thresholds: { bar: 1 } as never }))).toBe("UNKNOWN_OPTION");
    expect(code(() => classifyConnectors(graph, { ties, partition, thresholds: { megaQuantile: 2 } }))).toBe("INVALID_OPTION");
    expect(code(() => classifyConnectors(graph, { ties: { ...ties, strength: new Float64Array(2) }, partition }))).toBe("LENGTH_MISMATCH");
    const bad = Float64Array.from(ties.strength);
    bad[0] = 1.5;
    expect(code(() => classifyConnectors(graph, { ties: { ...ties, strength: bad }, partition }))).toBe("INVALID_WEIGHT");
    expect(code(() => classifyConnectors(graph, { ties, partition: { A0: "A" } }))).toBe("INVALID_PARTITION");
    expect(code(() => classifyConnectors(graph, { ties, partition }).get("nobody"))).toBe("UNKNOWN_NODE");
    const controller = new AbortController();
    expect(code(() => classifyConnectors(graph, { ties, partition }).top("both" as never))).toBe("INVALID_OPTION");
    expect(code(() => classifyConnectors(graph, { ties, partition }).top("power", -1))).toBe("INVALID_OPTION");
    controller.abort();
    expect(code(() => classifyConnectors(graph, { ties, partition, signal: controller.signal }))).toBe("ABORTED");
  });
});
