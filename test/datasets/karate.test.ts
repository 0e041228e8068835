import { describe, expect, it } from "vitest";
import { karateClub } from "../../src/index.js";

describe("karateClub", () => {
  it("has Zachary's 34 members, 78 ties and the two factions", () => {
    const { graph, clubs } = karateClub();
    expect(graph.order).toBe(34);
    expect(graph.size).toBe(78);
    expect(graph.weighted).toBe(true);
    expect(graph.totalWeight()).toBe(231);
    expect(clubs.filter((c) => c === "Mr. Hi").length).toBe(17);
    // The instructor (0) and the administrator (33) are the two hubs.
    expect(graph.degree(0)).toBe(16);
    expect(graph.degree(33)).toBe(17);
  });
  it("offers the classic unweighted graph", () => {
    const { graph } = karateClub({ weighted: false });
    expect(graph.weighted).toBe(false);
    expect(graph.totalWeight()).toBe(78);
  });
});
