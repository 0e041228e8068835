import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { aggregateInteractions, interactionFeaturesOf, karateClub, TiescopeError, type InteractionEvent } from "../../src/index.js";

const DAY = 86_400_000;
const codeOf = (f: () => unknown): [string | undefined, unknown] => {
  try {
    f();
  } catch (e) {
    return [(e as TiescopeError).code, (e as TiescopeError).details];
  }
  return [undefined, undefined];
};

const log: InteractionEvent[] = [
  { source: "ann", target: "bob", time: 0, channel: "call", weight: 60 },
  { source: "bob", target: "ann", time: DAY + 5, channel: "sms" },
  { source: "ann", target: "bob", time: DAY + 10, channel: "sms" },
  { source: "ann", target: "cy", time: 2 * DAY, weight: 5 },
  { source: "cy", target: "cy", time: 2 * DAY },
];

describe("aggregateInteractions by hand", () => {
  it("counts, volume, times, days, channels, reciprocity and intensity per dyad", () => {
    const { graph, dyads } = aggregateInteractions(log, { halfLife: DAY });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(interactionFeaturesOf(graph)).toBe(dyads);
    const ab = dyads.get("bob", "ann");
    expect(ab).toMatchObject({ source: "ann", target: "bob", forward: 2, backward: 1, count: 3, volume: 62, firstTime: 0, lastTime: DAY + 10, activeDays: 2, channels: 2 });
    expect(ab.reciprocity).toBeCloseTo(2 / 3, 15);
    // now = last event (2 DAY); ages 2 DAY, DAY - 5 ms, DAY - 10 ms
    const h = (age: number): number => Math.pow(2, -age / DAY);
    expect(ab.intensity).toBeCloseTo(h(2 * DAY) + h(DAY - 5) + h(DAY - 10), 12);
    expect(dyads.get("ann", "cy")).toMatchObject({ count: 1, volume: 5, reciprocity: 0, intensity: 1, channels: 1 });
    expect(dyads.report).toMatchObject({ events: 5, kept: 4, outsideWindow: 0, selfInteractions: 1, selfByNode: { cy: 1 } });
    expect(dyads.observedDays).toBe(3);
    expect(dyads.channelNames).toEqual(["call", "sms", ""]);
    expect(Array.from(graph.edgeWeights)).toEqual([3, 1]);
    expect(dyads.rows()).toHaveLength(2);
  });
  it("directed keeps one arc per ordered pair; backward is the reverse arc", () => {
    const { graph, dyads } = aggregateInteractions(log, { directed: true });
    expect(graph.directed).toBe(true);
    expect(graph.size).toBe(3);
    expect(dyads.get("ann", "bob")).toMatchObject({ forward: 2, backward: 1, count: 2 });
    expect(dyads.get("bob", "ann")).toMatchObject({ forward: 1, backward: 2, count: 1 });
  });
  it("timeUnit, now, window, edgeWeight and the default half-life", () => {
    const secs = log.map((e) => ({ ...e, time: (e.time as number) / 1000 }));
    const { dyads } = aggregateInteractions(secs, { timeUnit: "s", window: { end: DAY / 1000 + 1 }, now: 2 * (DAY / 1000), edgeWeight: "volume" });
    expect(dyads.report.outsideWindow).toBe(2);
    expect(dyads.get("ann", "bob").count).toBe(3);
    expect(dyads.graph.edgeWeights[0]).toBe(60 + 1 + 1);
    // span of the kept events is DAY + 10 ms: a quarter is ~6 h, so the default half-life is 6 h
    expect(dyads.halfLife).toBe(6 * 3_600_000);
    const dates = aggregateInteractions(log.map((e) => ({ ...e, time: new Date(e.time as number) })));
    expect(dates.dyads.get("ann", "bob").lastTime).toBe(DAY + 10);
  });
  it("async iterables give the same result", async () => {
    async function* gen(): AsyncGenerator<InteractionEvent> {
      for (const e of log) yield e;
    }
    const a = await aggregateInteractions(gen(), { halfLife: DAY });
    expect(a.dyads.rows()).toEqual(aggregateInteractions(log, { halfLife: DAY }).dyads.rows());
  });
  it("names the row and field of bad events", () => {
    expect(codeOf(() => aggregateInteractions([log[0]!, { source: "a", time: 1 } as never]))).toEqual(["INVALID_ROW", { row: 2, field: "target", value: undefined }]);
    expect(codeOf(() => aggregateInteractions([{ source: "a", target: "b", time: "soon" }]))[1]).toMatchObject({ row: 1, field: "time" });
    expect(codeOf(() => aggregateInteractions([{ source: "a", target: "b", time: 1, weight: -2 }]))).toEqual(["INVALID_WEIGHT", { row: 1, field: "weight", value: -2 }]);
    expect(codeOf(() => aggregateInteractions([null as never]))[0]).toBe("INVALID_ROW");
    expect(codeOf(() => aggregateInteractions(log, { halfLife: -1 }))[0]).toBe("INVALID_OPTION");
    expect(codeOf(() => aggregateInteractions(log, { window: { start: 5, end: 1 } }))[0]).toBe("INVALID_OPTION");
    expect(codeOf(() => aggregateInteractions(log, { timeUnit: "h" as never }))[0]).toBe("INVALID_OPTION");
    expect(codeOf(() => aggregateInteractions(log, { speed: 1 } as never))[0]).toBe("UNKNOWN_OPTION");
    expect(codeOf(() => aggregateInteractions(42 as never))[0]).toBe("INVALID_OPTION");
  });
  it("property: a shuffled log aggregates to the same features; counts sum to kept events", () => {
    const { graph } = karateClub();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: graph.size - 1 }), fc.integer({ min: 0, max: 40 * DAY }), fc.boolean()), { minLength: 1, maxLength: 80 }), fc.integer(), (rows, seed) => {
        const events = rows.map(([e, t, flip]) => {
          const a = String(graph.edgeSources[e]);
          const b = String(graph.edgeTargets[e]);
          return { source: flip ? b : a, target: flip ? a : b, time: t };
        });
        const shuffled = events.slice().sort((x, y) => ((x.time * 31 + seed) % 97) - ((y.time * 31 + seed) % 97));
        const A = aggregateInteractions(events, { halfLife: DAY }).dyads;
        const B = aggregateInteractions(shuffled, { halfLife: DAY }).dyads;
        const total = A.count.reduce((s, c) => s + c, 0);
        if (total !== events.length) return false;
        const byPair = (rs: ReturnType<typeof A.rows>): Map<string, (typeof rs)[number]> => new Map(rs.map((r) => [[r.source, r.target].sort().join("|"), r]));
        const mb = byPair(B.rows());
        for (const [k, r] of byPair(A.rows())) {
          const s = mb.get(k)!;
          const sameDir = r.source === s.source;
          if (r.count !== s.count || r.activeDays !== s.activeDays || Math.abs(r.intensity - s.intensity) > 1e-9 * Math.max(1, r.intensity)) return false;
          if ((sameDir ? s.forward : s.backward) !== r.forward) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});

describe("aggregateInteractions with many channels", () => {
  it("counts distinct channels beyond the 31-bit mask", () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ source: "a", target: "b", time: i, channel: `c${i}` }));
    events.push({ source: "a", target: "c", time: 1, channel: "c35" }, { source: "a", target: "c", time: 2, channel: "c35" }, { source: "a", target: "c", time: 3, channel: "c2" });
    const { dyads } = aggregateInteractions(events);
    expect(dyads.get("a", "b").channels).toBe(40);
    expect(dyads.get("a", "c").channels).toBe(2);
  });
});

describe("aggregateInteractions indexing", () => {
  it("indexes people and channels in order of first appearance", () => {
    const events: InteractionEvent[] = [
      { source: "zoe", target: 7, time: 1, channel: "sms" },
      { source: "kim", target: "kim", time: 2, channel: "fax" }, // self: a node, but no channel
      { source: 7, target: "ann", time: 3 },
      { source: "ann", target: "zoe", time: 4, channel: "call" },
      { source: "bob", target: "ann", time: 99, channel: "mail" }, // outside the window: nothing
    ];
    const { graph, dyads } = aggregateInteractions(events, { window: { end: 10 } });
    expect(Array.from({ length: graph.order }, (_, i) => graph.key(i))).toEqual(["zoe", "7", "kim", "ann"]);
    expect(dyads.channelNames).toEqual(["sms", "", "call"]);
    expect(dyads.get("zoe", "7").channels).toBe(1);
  });
});
