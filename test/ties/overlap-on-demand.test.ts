import { beforeEach, describe, expect, it, vi } from "vitest";
import { SocialGraph, calibrateTieModel, estimateTieStrength, karateClub } from "../../src/index.js";

const overlapCalls = vi.hoisted(() => ({ count: 0 }));

vi.mock("../../src/ties/overlap.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/ties/overlap.js")>();
  return {
    ...real,
    neighborhoodOverlap: (g: SocialGraph): Float64Array => {
      overlapCalls.count++;
      return real.neighborhoodOverlap(g);
    },
  };
});

/** Every third edge of the graph labelled strong. */
function labels(g: SocialGraph): [string, string, number][] {
  return Array.from({ length: g.size }, (_, e) => [g.key(g.edgeSources[e]!), g.key(g.edgeTargets[e]!), e % 3 === 0 ? 1 : 0]);
}

describe("the overlap is computed only when a used feature needs it", () => {
  const { graph } = karateClub();
  beforeEach(() => {
    overlapCalls.count = 0;
  });

  it("estimateTieStrength: by default, and not under featureWeights.overlap = 0", () => {
    const all = estimateTieStrength(graph);
    expect(overlapCalls.count).toBe(1);
    expect(Object.keys(all.features)).toEqual(["weight", "overlap"]);
    overlapCalls.count = 0;
    const noOverlap = estimateTieStrength(graph, { featureWeights: { overlap: 0 } });
    expect(overlapCalls.count).toBe(0);
    expect(Object.keys(noOverlap.features)).toEqual(["weight"]);
    expect(noOverlap.featureWeights).toEqual({ weight: 3 });
    expect(Array.from(noOverlap.features.weight!)).toEqual(Array.from(all.features.weight!));
  });

  it("estimateTieStrength: a model computes the overlap only when it lists it", () => {
    const withOverlap = calibrateTieModel(graph, labels(graph), { features: ["weight", "overlap"] });
    const withoutOverlap = calibrateTieModel(graph, labels(graph), { features: ["weight"] });
    overlapCalls.count = 0;
    estimateTieStrength(graph, { model: withoutOverlap });
    expect(overlapCalls.count).toBe(0);
    const ties = estimateTieStrength(graph, { model: withOverlap });
    expect(overlapCalls.count).toBe(1);
    expect(Object.keys(ties.features)).toEqual(["weight", "overlap"]);
  });

  it("calibrateTieModel: only when its features include the overlap (or are left to the default)", () => {
    calibrateTieModel(graph, labels(graph), { features: ["weight"] });
    expect(overlapCalls.count).toBe(0);
    calibrateTieModel(graph, labels(graph), { features: ["overlap"] });
    expect(overlapCalls.count).toBe(1);
    const model = calibrateTieModel(graph, labels(graph));
    expect(overlapCalls.count).toBe(2);
    expect(model.features).toEqual(["weight", "overlap"]);
  });

  it("skipping the overlap keeps the errors of a structure-only graph", () => {
    const plain = SocialGraph.fromEdges(Array.from(graph.edgeSources, (s, e) => [s, graph.edgeTargets[e]!] as [number, number]));
    expect(() => calibrateTieModel(plain, labels(plain), { features: ["weight"] })).toThrow(
      'calibrateTieModel: feature "weight" is not available on this graph',
    );
    expect(overlapCalls.count).toBe(0);
    expect(calibrateTieModel(plain, labels(plain), { features: [] }).features).toEqual([]);
    expect(() => estimateTieStrength(plain, { featureWeights: { overlap: 0 } })).toThrow(
      "estimateTieStrength: featureWeights leave no available feature with a positive weight",
    );
    expect(overlapCalls.count).toBe(0);
  });
});
