import { describe, expect, it } from "vitest";
import { TiescopeError, plantedSocialNetwork } from "../../src/index.js";

describe("plantedSocialNetwork", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = plantedSocialNetwork({ n: 500, seed: 3 });
    const b = plantedSocialNetwork({ n: 500, seed: 3 });
    const c = plantedSocialNetwork({ n: 500, seed: 4 });
    expect(Array.from(a.graph.targets)).toEqual(Array.from(b.graph.targets));
    expect(Array.from(a.graph.edgeWeights)).toEqual(Array.from(b.graph.edgeWeights));
    expect(Array.from(a.graph.targets)).not.toEqual(Array.from(c.graph.targets));
  });

  it("plants the requested sizes, mixing and average degree", () => {
    const { graph, membership, sizes, crossing } = plantedSocialNetwork({ sizes: [400, 300, 300], averageDegree: 12, mixing: 0.25, seed: 1 });
    expect(graph.order).toBe(1000);
    expect(Array.from(sizes)).toEqual([400, 300, 300]);
    expect(membership.filter((c) => c === 1).length).toBe(300);
    let cross = 0;
    for (let e = 0; e < graph.size; e++) {
      cross += crossing[e]!;
      expect(crossing[e]).toBe(membership[graph.edgeSources[e]!] !== membership[graph.edgeTargets[e]!] ? 1 : 0);
    }
    // Repeated pairs merge, and they repeat more inside communities, so the crossing share of
    // distinct edges sits a little above the mixing of edge draws.
    expect(cross / graph.size).toBeGreaterThan(0.2);
    expect(cross / graph.size).toBeLessThan(0.35);
    const avg = (2 * graph.size) / graph.order;
    expect(avg).toBeGreaterThan(10);
    expect(avg).toBeLessThanOrEqual(12);
  });

  it("makes inside ties stronger than crossing ties and degrees heavy-tailed", () => {
    const { graph, crossing } = plantedSocialNetwork({ n: 5000, averageDegree: 10, mixing: 0.3, strongInside: 6, weakAcross: 1, seed: 2 });
    let inside = 0;
    let insideN = 0;
    let across = 0;
    let acrossN = 0;
    for (let e = 0; e < graph.size; e++) {
      if (crossing[e]) {
        across += graph.edgeWeights[e]!;
        acrossN++;
      } else {
        inside += graph.edgeWeights[e]!;
        insideN++;
      }
    }
    expect(inside / insideN).toBeGreaterThan(5);
    expect(across / acrossN).toBeLessThan(1.2);
    let max = 0;
    for (let i = 0; i < graph.order; i++) max = Math.max(max, graph.degree(i));
    expect(max).toBeGreaterThan(8 * 10); // a Poisson graph of mean 10 would stay below ~30
  });

  it("rejects bad options with typed errors", () => {
    expect(() => plantedSocialNetwork({ mixing: 1.5 })).toThrow(TiescopeError);
    expect(() => plantedSocialNetwork({ n: 100, communities: 1, mixing: 0.2 })).toThrow(/at least 2 communities/);
    expect(() => plantedSocialNetwork({ nodes: 5 } as never)).toThrow(/unknown option "nodes"/);
  });
});
