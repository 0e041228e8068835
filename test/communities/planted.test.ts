import { describe, expect, it } from "vitest";
import { comparePartitions, detectCommunities, plantedSocialNetwork } from "../../src/index.js";

// Seeded planted graphs (1000 nodes, mean degree 20, so no isolated node) at mixing 0.1..0.8.
const MIXINGS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

describe("detectCommunities on planted partitions", () => {
  const rows = MIXINGS.map((mixing) => {
    const { graph, membership } = plantedSocialNetwork({ n: 1000, averageDegree: 20, mixing, seed: 11 });
    const leiden = detectCommunities(graph, { seed: 1 });
    const louvain = detectCommunities(graph, { algorithm: "louvain", seed: 1 });
    return { mixing, leiden: comparePartitions(leiden, membership).nmi, louvain: comparePartitions(louvain, membership).nmi, ql: leiden.modularity, qv: louvain.modularity };
  });
  it("recovers the planted partition exactly at mixing 0.1 and nearly at 0.2", () => {
    // At 0.2 a few nodes have more weight to another community than to their own: the found
    // partition has higher modularity than the planted one, so NMI is just below 1.
    expect(rows[0]!.leiden).toBe(1);
    expect(rows[0]!.louvain).toBe(1);
    expect(rows[1]!.leiden).toBeGreaterThan(0.99);
  });
  it("loses NMI as mixing grows (non-increasing up to 0.02 of noise, clearly lower at 0.8)", () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.leiden).toBeLessThanOrEqual(rows[i - 1]!.leiden + 0.02);
    expect(rows.at(-1)!.leiden).toBeLessThan(rows[0]!.leiden - 0.2);
  });
  it("keeps Leiden within 0.02 NMI of Louvain and never below it in modularity by more than 1e-3", () => {
    for (const r of rows) {
      expect(r.leiden, `mixing ${r.mixing}`).toBeGreaterThanOrEqual(r.louvain - 0.02);
      expect(r.ql, `mixing ${r.mixing}`).toBeGreaterThanOrEqual(r.qv - 1e-3);
    }
  });
});
