import { describe, expect, it } from "vitest";
import { SocialGraph, classifyConnectors, suggestIntroductions, type ConnectorKind, type ConnectorsResult } from "../../src/index.js";
import { connectorScenario } from "../roles/connector-scenario.js";
import { errorCode as code } from "../helpers/errors.js";
import { tiesOf } from "../helpers/ties.js";

describe("suggestIntroductions", () => {
  it("suggests people in unreached communities through the warmest introducer", () => {
    // ego in X; strong friends f1 (X) and f2 (X); f1 strong to y1 (Y), f2 weak to y1; f2 strong to z1 (Z); ego weak to w (Y).
    const g = SocialGraph.fromEdges([
      ["ego", "f1", 0.9], ["ego", "f2", 0.8], ["f1", "y1", 0.7], ["f2", "y1", 0.2], ["f2", "z1", 0.6], ["ego", "w", 0.1], ["w", "y2", 0.9], ["f1", "x2", 0.9],
    ]);
    const partition = { ego: "X", f1: "X", f2: "X", x2: "X", y1: "Y", y2: "Y", w: "Y", z1: "Z" };
    const s = suggestIntroductions(g, "ego", { ties: tiesOf(g), partition });
    expect(s.map((x) => [x.key, x.introducer, x.warm])).toEqual([
      ["y1", "f1", true],
      ["z1", "f2", true],
      ["y2", "w", false],
    ]);
    expect(s[0]!.trust).toBe(0.7);
    expect(s[0]!.community).toBe("Y");
    expect(s[0]!.path.nodes).toEqual(["ego", "f1", "y1"]);
    expect(s[0]!.path.trust).toBeCloseTo(0.63, 12);
    expect(suggestIntroductions(g, "ego", { ties: tiesOf(g), partition, limit: 1 })).toHaveLength(1);
  });

  it("prefers a power connector among equally warm introducers", () => {
    const { graph, ties, partition } = connectorScenario();
    const connectors = classifyConnectors(graph, { ties, partition });
    // B1 is strongly tied to "power" (B) and to B-ring neighbours; power reaches A1, A6, A11, C1, C6, C11.
    const s = suggestIntroductions(graph, "B1", { ties, partition, connectors, limit: 100 });
    const viaPower = s.filter((x) => x.introducer === "power");
    expect(viaPower.map((x) => x.key).sort()).toEqual(["A1", "A11", "A6", "C1", "C11", "C6"]);
    for (const x of viaPower) {
      expect(x.introducerKind).toBe("power");
      expect(x.warm).toBe(true);
    }
    // reached communities: B (own) only, so every suggestion is in A or C
    for (const x of s) expect(["A", "C"]).toContain(x.community);
  });

  it("prefers a warm power connector to a warm non-power introducer with more trust", () => {
    // e reaches t through p (0.6, 0.6) and q (0.9, 0.9): both warm, q more trusted, only p a power connector.
    const g = SocialGraph.fromEdges([["e", "p", 0.6], ["p", "t", 0.6], ["e", "q", 0.9], ["q", "t", 0.9]]);
    const partition = { e: 0, p: 0, q: 0, t: 1 };
    const kindCode = new Uint8Array(g.order);
    kindCode[g.index("p")] = 2;
    const kind = (key: string | number): ConnectorKind => (kindCode[g.index(key)] === 2 ? "power" : "none");
    const connectors = { kindCode, kind } as unknown as ConnectorsResult;
    const [s, ...rest] = suggestIntroductions(g, "e", { ties: tiesOf(g), partition, connectors });
    expect(rest).toEqual([]);
    expect([s!.key, s!.introducer, s!.introducerKind, s!.warm, s!.trust]).toEqual(["t", "p", "power", true, 0.6]);
    // Without the power connector the more trusted q wins.
    const plain = suggestIntroductions(g, "e", { ties: tiesOf(g), partition, connectors: { kindCode: new Uint8Array(g.order), kind } as unknown as ConnectorsResult });
    expect(plain.map((x) => [x.key, x.introducer])).toEqual([["t", "q"]]);
  });

  it("returns an empty list for an ego without contacts", () => {
    const g = SocialGraph.fromEdges([["a", "b", 0.9]], { nodes: ["a", "b", "c"] });
    expect(suggestIntroductions(g, "c", { ties: tiesOf(g), partition: [0, 1, 2] })).toEqual([]);
  });

  it("rejects bad input with stable codes", () => {
    const { graph, ties, partition } = connectorScenario();
    expect(code(() => suggestIntroductions(graph, "nobody", { ties, partition }))).toBe("UNKNOWN_NODE");
    expect(() => suggestIntroductions(graph, "nobody", { ties, partition })).toThrow('suggestIntroductions: no node "nobody"');
    expect(code(() => suggestIntroductions(graph, "A1", { ties }))).toBe("INVALID_OPTION");
    expect(code(() => suggestIntroductions(graph, "A1", { partition }))).toBe("INVALID_OPTION");
    expect(code(() => suggestIntroductions(graph, "A1", { ties, partition, limit: 0.5 }))).toBe("INVALID_OPTION");
    expect(code(() => suggestIntroductions(graph, "A1", { ties, partition, connectors: {} as never }))).toBe("INVALID_OPTION");
    expect(code(() => suggestIntroductions(graph, "A1", { ties, partition, foo: 1 } as never))).toBe("UNKNOWN_OPTION");
  });
});
