/**
 * The essay scenario again, this time from a raw interaction log, with every tie strength
 * estimated by `estimateTieStrength` (no hand-set strengths): account A with 100 engaged
 * followers (reciprocal, repeated, recent, clustered exchanges) and account B with 10,000
 * passive followers (one message each, long ago, never answered; followers loosely linked to a
 * few others by a handful of one-way messages). B's audience is 100x A's.
 */
import { describe, expect, it } from "vitest";
import { Random, aggregateInteractions, estimateTieStrength, scoreEngagementReach, simulateActivation, type InteractionEvent } from "../../src/index.js";

const DAY = 86_400;

function* essayLog(engaged: number, passive: number, seed: number): Generator<InteractionEvent> {
  const random = new Random(seed);
  const span = 90 * DAY;
  const at = (): number => Math.floor(random.next() * span);
  // A's followers: 20 messages each way with A, 10 each way with their two nearest fellow followers.
  for (let i = 0; i < engaged; i++) {
    const f = `a${i}`;
    for (let k = 0; k < 20; k++) {
      yield { source: f, target: "A", time: at() };
      yield { source: "A", target: f, time: at() };
    }
    for (const d of [1, 2]) {
      const g = `a${(i + d) % engaged}`;
      for (let k = 0; k < 10; k++) {
        yield { source: f, target: g, time: at() };
        yield { source: g, target: f, time: at() };
      }
    }
  }
  // B's followers: one message to B in the first week; 3 one-way messages to each of 3 random others.
  for (let i = 0; i < passive; i++) {
    yield { source: `b${i}`, target: "B", time: Math.floor(random.next() * 7 * DAY) };
    for (let p = 0; p < 3; p++) {
      const j = random.int(passive);
      if (j === i) continue;
      for (let k = 0; k < 3; k++) yield { source: `b${j}`, target: `b${i}`, time: at() };
    }
  }
}

describe("essay scenario from an interaction log, strengths estimated", () => {
  const { graph } = aggregateInteractions(essayLog(100, 10_000, 3), { directed: true, timeUnit: "s" });
  const ties = estimateTieStrength(graph);
  const A = graph.key(graph.index("A"));
  const B = graph.key(graph.index("B"));

  it("B's reach is 100x A's, yet A's audience is engaged and A is more influential", () => {
    const r = scoreEngagementReach(graph, { ties, hops: 2 });
    const a = r.get(A);
    const b = r.get(B);
    expect(b.reach / a.reach).toBe(100);
    expect(a.engagedCount).toBe(100);
    expect(b.engagedCount).toBe(0);
    expect(a.trust).toBeGreaterThan(b.trust);
    expect(a.influence).toBeGreaterThan(b.influence);
  });

  it("under the independent cascade A activates nearly all of its audience, B a sliver of its own", () => {
    // Measured here: A activates about 97 of its 100 followers, B about 154 of its 10,000: with
    // estimated strengths (about 0.01 for one old unanswered message) B's hundredfold audience
    // still yields more activations in total than A's, but a share of it sixty times smaller.
    const runs = 200;
    const simA = simulateActivation(graph, { seeds: [A], probability: ties, runs, seed: 7 });
    const simB = simulateActivation(graph, { seeds: [B], probability: ties, runs, seed: 7 });
    const shareA = (simA.finalReach - 1) / 100;
    const shareB = (simB.finalReach - 1) / 10_000;
    expect(shareA).toBeGreaterThan(0.9);
    expect(shareB).toBeLessThan(0.05);
    expect(shareA).toBeGreaterThan(20 * shareB);
  });
});
