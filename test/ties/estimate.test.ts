import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Graph from "graphology";
import {
  SocialGraph,
  aggregateInteractions,
  estimateTieStrength,
  interactionFeaturesOf,
  karateClub,
  neighborhoodOverlap,
  type InteractionEvent,
} from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";

const DAY = 86_400_000;

/** A random sparse population of n people, each pair given by `make`. */
function population(pairs: [number, number][], make: (a: string, b: string, out: InteractionEvent[]) => void): InteractionEvent[] {
  const out: InteractionEvent[] = [];
  for (const [a, b] of pairs) make(`p${a}`, `p${b}`, out);
  return out;
}
const ring = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as [number, number]);

describe("estimateTieStrength: absolute meaning across populations", () => {
  it("a single one-way interaction long ago is weak even when every tie is like that", () => {
    // 60 people on a ring, each tie one message a year before the last event of the log.
    const events = population(ring(60), (a, b, out) => out.push({ source: a, target: b, time: 0 }));
    events.push({ source: "p0", target: "p1", time: 365 * DAY }); // one late event sets "now"
    const { graph } = aggregateInteractions(events);
    const ties = estimateTieStrength(graph);
    const others = Array.from(ties.strength).filter((_, e) => !(graph.edgeSources[e] === 0 && graph.edgeTargets[e] === 1));
    expect(Math.max(...others)).toBeLessThan(0.05);
    expect(ties.weak.every((w) => w === 1)).toBe(true);
  });
  it("many recent reciprocal daily interactions are strong even when every tie is like that", () => {
    const events = population(ring(60), (a, b, out) => {
      for (let d = 0; d < 30; d++) {
        for (let k = 0; k < 4; k++) out.push({ source: k % 2 ? a : b, target: k % 2 ? b : a, time: d * DAY + k * 3_600_000 });
      }
    });
    const { graph } = aggregateInteractions(events);
    const ties = estimateTieStrength(graph);
    // frequency 1, recency 1, reciprocity 1, regularity 1, overlap 0 on a ring: (3+2+2+2)/10.5
    expect(Math.min(...ties.strength)).toBeGreaterThan(0.85);
    expect(ties.weak.every((w) => w === 0)).toBe(true);
    // percentile ranks would put half of these identical ties below the median; strength does not move
    expect(Math.max(...ties.strength) - Math.min(...ties.strength)).toBeLessThan(1e-12);
  });
  it("a tie keeps its strength when the rest of the population changes", () => {
    const strong = (a: string, b: string, out: InteractionEvent[]): void => {
      for (let d = 0; d < 10; d++) out.push({ source: a, target: b, time: d * DAY }, { source: b, target: a, time: d * DAY + 1 });
    };
    const weakOnce = (a: string, b: string, out: InteractionEvent[]): void => void out.push({ source: a, target: b, time: 0 });
    const mixA = [...population([[0, 1]], strong), ...population(ring(40).slice(2).map(([a, b]) => [a + 100, b + 100]), weakOnce)];
    const mixB = [...population([[0, 1]], strong), ...population(ring(40).slice(2).map(([a, b]) => [a + 100, b + 100]), strong)];
    const a = estimateTieStrength(aggregateInteractions(mixA).graph).get("p0", "p1");
    const b = estimateTieStrength(aggregateInteractions(mixB).graph).get("p0", "p1");
    expect(a).toBeCloseTo(b, 12);
  });
});

describe("estimateTieStrength: features by hand", () => {
  it("combines the log's features with the documented transforms and weights", () => {
    const events: InteractionEvent[] = [
      { source: "a", target: "b", time: 0 },
      { source: "b", target: "a", time: DAY },
      { source: "a", target: "b", time: DAY, channel: "sms" },
      { source: "a", target: "c", time: DAY },
    ];
    const { graph, dyads } = aggregateInteractions(events, { halfLife: DAY });
    const ties = estimateTieStrength(graph);
    const ab = graph.edgeId(graph.index("a"), graph.index("b"));
    const f = ties.features;
    expect(f.frequency![ab]).toBeCloseTo(Math.log(3) / Math.log(100), 14);
    expect(dyads.intensity[ab]).toBeCloseTo(0.5 + 1 + 1, 14);
    expect(f.recency![ab]).toBeCloseTo(Math.log(3.5) / Math.log(21), 14);
    expect(f.reciprocity![ab]).toBeCloseTo(2 / 3, 14);
    expect(f.regularity![ab]).toBe(1);
    expect(f.multiplexity![ab]).toBe(1); // channels "" and "sms" of 2 in the log
    expect(f.overlap![ab]).toBe(0);
    const expected = (3 * f.frequency![ab]! + 2 * f.recency![ab]! + 2 * (2 / 3) + 2 * 1 + 1 * 1 + 1.5 * 0) / 11.5;
    expect(ties.strength[ab]).toBeCloseTo(expected, 14);
    expect(ties.source).toBe("interactions");
  });
  it("weighted graph: log-scaled weight relative to the largest, plus overlap", () => {
    const g = SocialGraph.fromEdges([["a", "b", 9], ["b", "c", 1], ["c", "a", 3]]);
    const t = estimateTieStrength(g);
    expect(t.source).toBe("weights");
    expect(t.features.weight![0]).toBe(1);
    expect(t.get("b", "c")).toBeCloseTo((3 * (Math.log(2) / Math.log(10)) + 1.5 * 1) / 4.5, 14);
    const abs = estimateTieStrength(g, { weightReference: 99 });
    expect(abs.features.weight![0]).toBeCloseTo(Math.log(10) / Math.log(100), 14);
  });
  it("unweighted graph: strength is the neighbourhood overlap", () => {
    const { graph } = karateClub({ weighted: false });
    const t = estimateTieStrength(graph);
    expect(t.source).toBe("structure");
    const o = neighborhoodOverlap(graph);
    for (let e = 0; e < graph.size; e++) expect(t.strength[e]).toBeCloseTo(o[e]!, 14);
  });
  it("threshold: Otsu by default within [0.2, 0.8], fixed or quantile on request", () => {
    const { graph } = karateClub();
    const t = estimateTieStrength(graph);
    expect(t.thresholdMethod).toBe("otsu");
    expect(t.threshold).toBeGreaterThanOrEqual(0.2);
    expect(t.threshold).toBeLessThanOrEqual(0.8);
    for (let e = 0; e < graph.size; e++) expect(t.weak[e]).toBe(t.strength[e]! < t.threshold ? 1 : 0);
    expect(estimateTieStrength(graph, { threshold: 0.5 }).threshold).toBe(0.5);
    const q = estimateTieStrength(graph, { quantile: 0.25 });
    const weakShare = q.weak.reduce((a, b) => a + b, 0) / graph.size;
    expect(weakShare).toBeGreaterThan(0.15);
    expect(weakShare).toBeLessThanOrEqual(0.26);
  });
  it("featureWeights override the defaults; get, rows and assign agree", () => {
    const { graph } = karateClub();
    const onlyWeight = estimateTieStrength(graph, { featureWeights: { overlap: 0 } });
    expect(Object.keys(onlyWeight.features)).toEqual(["weight"]);
    expect(onlyWeight.get("0", "1")).toBeCloseTo(Math.log(5) / Math.log(8), 14);
    const rows = onlyWeight.rows();
    expect(rows[0]).toMatchObject({ source: "0", target: "1", weak: onlyWeight.weak[0] === 1 });
    const gg = graph.toGraphology();
    onlyWeight.assign(gg);
    expect(gg.getEdgeAttribute(gg.edge("0", "1")!, "strength")).toBe(onlyWeight.get("0", "1"));
    expect(typeof gg.getEdgeAttribute(gg.edge("0", "1")!, "weak")).toBe("boolean");
  });
  it("raises stable codes on bad input", () => {
    const { graph } = karateClub();
    expect(code(() => estimateTieStrength(graph, { threshold: 0.3, quantile: 0.5 }))).toBe("INVALID_OPTION");
    expect(code(() => estimateTieStrength(graph, { threshold: 1.5 }))).toBe("INVALID_OPTION");
    expect(code(() => estimateTieStrength(graph, { featureWeights: { charm: 1 } as never }))).toBe("INVALID_OPTION");
    expect(code(() => estimateTieStrength(graph, { featureWeights: { weight: 0, overlap: 0 } }))).toBe("INVALID_OPTION");
    expect(code(() => estimateTieStrength(graph, { weights: new Float64Array(3) }))).toBe("LENGTH_MISMATCH");
    expect(code(() => estimateTieStrength(graph, { colour: 1 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => estimateTieStrength(graph).get("0", "33"))).toBe("UNKNOWN_EDGE");
    expect(code(() => estimateTieStrength(graph).get("0", "x"))).toBe("UNKNOWN_NODE");
    expect(code(() => estimateTieStrength(graph).assign(new Graph({ type: "undirected" })))).toBe("UNKNOWN_EDGE");
  });
  it("property: strength in [0, 1], symmetric inputs give one value per edge, weak matches threshold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 50 })), { maxLength: 40 }),
        (rows) => {
          const g = SocialGraph.fromEdges(rows.filter(([a, b]) => a !== b));
          const t = estimateTieStrength(g);
          return t.strength.every((s, e) => s >= 0 && s <= 1 && t.weak[e] === (s < t.threshold ? 1 : 0));
        },
      ),
    );
  });
});

describe("estimateTieStrength on directed logs and plain graphs", () => {
  it("a directed log gives one strength per arc; a plain graph has no log features", () => {
    const events: InteractionEvent[] = [
      { source: "a", target: "b", time: 0 },
      { source: "a", target: "b", time: DAY },
      { source: "b", target: "a", time: DAY },
      { source: "a", target: "c", time: DAY },
    ];
    const { graph } = aggregateInteractions(events, { directed: true });
    const t = estimateTieStrength(graph);
    expect(t.strength.length).toBe(3);
    const ab = graph.edgeId(graph.index("a"), graph.index("b"));
    const ba = graph.edgeId(graph.index("b"), graph.index("a"));
    expect(t.features.reciprocity![ab]).toBeCloseTo(2 / 3, 14);
    expect(t.features.reciprocity![ba]).toBeCloseTo(2 / 3, 14);
    expect(t.features.frequency![ab]).toBeCloseTo(Math.log(2) / Math.log(100), 14);
    expect(t.features.frequency![ba]).toBe(0);
    expect(interactionFeaturesOf(karateClub().graph)).toBeUndefined();
  });
});
