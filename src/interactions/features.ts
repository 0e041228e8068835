/** Turns the accumulator's per-dyad state into the graph and its edge-indexed features. Internal. */
import { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";
import type { DyadAccumulator } from "./accumulator.js";
import { BWD, DAYS, FIRST, FWD, HALF_LIFE_GRID, LAST, SUMS, VOLUME } from "./accumulator.js";
import type { AggregateSettings } from "./aggregate.js";
import { registerInteractionFeatures } from "./registry.js";
import type { DyadRow, InteractionAggregate, InteractionFeatures } from "./types.js";

const DAY = 86_400_000;

/** The grid half-life nearest (log scale) to a quarter of the span; 1 day for an empty or instant log. */
function defaultHalfLife(spanMs: number): number {
  const target = spanMs > 0 ? spanMs / 4 : DAY;
  let best = HALF_LIFE_GRID[0]!;
  for (const h of HALF_LIFE_GRID) if (Math.abs(Math.log(h / target)) < Math.abs(Math.log(best / target))) best = h;
  return best;
}

/** @internal */
export function buildFeatures(acc: DyadAccumulator, s: AggregateSettings): InteractionAggregate {
  const D = acc.dyads;
  const start = acc.kept > 0 ? acc.start : NaN;
  const end = acc.kept > 0 ? acc.end : NaN;
  const now = s.now ?? (acc.kept > 0 ? end : 0);
  const halfLife = s.halfLife ?? defaultHalfLife(acc.kept > 0 ? end - start : 0);
  const k = s.halfLife !== null ? 0 : HALF_LIFE_GRID.indexOf(halfLife);
  const decay = Math.LN2 / halfLife;

  const intensityByDyad = new Float64Array(D);
  for (let d = 0; d < D; d++) intensityByDyad[d] = acc.get(d, SUMS + k) * Math.exp(-decay * (now - acc.get(d, LAST)));
  const weightByDyad = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    weightByDyad[d] =
      s.edgeWeight === "count" ? acc.get(d, FWD) + acc.get(d, BWD) : s.edgeWeight === "volume" ? acc.get(d, VOLUME) : intensityByDyad[d]!;
  }
  const graph = SocialGraph.fromArrays(acc.src.subarray(0, D), acc.tgt.subarray(0, D), weightByDyad, {
    directed: s.directed,
    keys: acc.nodes.keys,
    order: acc.nodes.size,
  });
  const m = graph.size;
  const forward = new Float64Array(m);
  const backward = new Float64Array(m);
  const count = new Float64Array(m);
  const volume = new Float64Array(m);
  const firstTime = new Float64Array(m);
  const lastTime = new Float64Array(m);
  const activeDays = new Float64Array(m);
  const channels = new Float64Array(m);
  const intensity = new Float64Array(m);
  const reciprocity = new Float64Array(m);
  for (let d = 0; d < D; d++) {
    const e = graph.edgeId(acc.src[d]!, acc.tgt[d]!);
    forward[e] = acc.get(d, FWD);
    backward[e] = acc.get(d, BWD);
    volume[e] = acc.get(d, VOLUME);
    firstTime[e] = acc.get(d, FIRST);
    lastTime[e] = acc.get(d, LAST);
    activeDays[e] = acc.get(d, DAYS);
    channels[e] = acc.channelCount(d);
    intensity[e] = intensityByDyad[d]!;
  }
  if (s.directed) {
    // The reverse arc's events are the "backward" direction of an arc.
    for (let e = 0; e < m; e++) {
      const r = graph.edgeId(graph.edgeTargets[e]!, graph.edgeSources[e]!);
      backward[e] = r >= 0 ? forward[r]! : 0;
    }
  }
  for (let e = 0; e < m; e++) {
    count[e] = s.directed ? forward[e]! : forward[e]! + backward[e]!;
    const f = forward[e]!;
    const b = backward[e]!;
    reciprocity[e] = f + b > 0 ? (2 * Math.min(f, b)) / (f + b) : 0;
  }
  const observedDays = acc.kept > 0 ? Math.floor(end / DAY) - Math.floor(start / DAY) + 1 : 0;
  const selfByNode: Record<string, number> = {};
  for (const [key, c] of acc.selfByNode) selfByNode[key] = c;
  const report = Object.freeze({
    events: acc.events,
    kept: acc.kept,
    outsideWindow: acc.outsideWindow,
    selfInteractions: acc.selfInteractions,
    selfByNode: Object.freeze(selfByNode),
  });
  const row = (e: number): DyadRow => ({
    source: graph.key(graph.edgeSources[e]!),
    target: graph.key(graph.edgeTargets[e]!),
    forward: forward[e]!,
    backward: backward[e]!,
    count: count[e]!,
    volume: volume[e]!,
    firstTime: firstTime[e]!,
    lastTime: lastTime[e]!,
    activeDays: activeDays[e]!,
    channels: channels[e]!,
    intensity: intensity[e]!,
    reciprocity: reciprocity[e]!,
  });
  const dyads: InteractionFeatures = Object.freeze({
    graph,
    forward,
    backward,
    count,
    volume,
    firstTime,
    lastTime,
    activeDays,
    channels,
    intensity,
    reciprocity,
    directional: !s.symmetric,
    now,
    halfLife,
    start,
    end,
    observedDays,
    channelNames: Object.freeze(acc.channels.keys.slice()),
    report,
    get(u: string | number, v: string | number): DyadRow {
      const e = graph.edgeId(graph.index(u), graph.index(v));
      if (e < 0) throw new TiescopeError("UNKNOWN_EDGE", `InteractionFeatures.get: no interaction between ${show(u)} and ${show(v)}`, { source: u, target: v });
      return row(e);
    },
    rows(): DyadRow[] {
      const out = new Array<DyadRow>(m);
      for (let e = 0; e < m; e++) out[e] = row(e);
      return out;
    },
  });
  registerInteractionFeatures(graph, dyads);
  return Object.freeze({ graph, dyads });
}
