/** The shapes of interaction logs and of their per-dyad aggregate. */
import type { SocialGraph } from "../graph/social-graph.js";

/** A time stamp: epoch milliseconds (or seconds with `timeUnit: "s"`), a `Date`, or an ISO-8601 / numeric string. */
export type TimeInput = number | Date | string;

/** One interaction: `source` contacted `target` at `time` (a call, message, meeting, sensor contact). */
export interface InteractionEvent {
  readonly source: string | number;
  readonly target: string | number;
  readonly time: TimeInput;
  /** The medium (e.g. "call", "sms", "email"); distinct channels per dyad give multiplexity. */
  readonly channel?: string | number | null | undefined;
  /** Size of the interaction (call seconds, message length, ...), finite and >= 0. Default 1. */
  readonly weight?: number | null | undefined;
}

/**
 * Per-dyad features of an interaction log, as arrays indexed by the edge id of the aggregated
 * graph. "forward" is the direction `edgeSources[e] -> edgeTargets[e]`.
 */
export interface InteractionFeatures {
  /** The graph these arrays are indexed by. */
  readonly graph: SocialGraph;
  /** Events `edgeSources[e] -> edgeTargets[e]`. */
  readonly forward: Float64Array;
  /** Events `edgeTargets[e] -> edgeSources[e]` (on a directed graph: the reverse arc's events). */
  readonly backward: Float64Array;
  /** Events of the edge: forward + backward (undirected) or forward (directed arc). */
  readonly count: Float64Array;
  /** Sum of event weights of the edge (equals `count` when events carry no weight). */
  readonly volume: Float64Array;
  /** Time of the first and last event of the edge (epoch ms). */
  readonly firstTime: Float64Array;
  readonly lastTime: Float64Array;
  /** Distinct UTC days with at least one event. */
  readonly activeDays: Float64Array;
  /** Distinct channels used (multiplexity), >= 1. */
  readonly channels: Float64Array;
  /** Recency-weighted intensity `sum exp(-ln 2 · (now - t) / halfLife)` over the edge's events. */
  readonly intensity: Float64Array;
  /** Balance of the two directions: `2 min(forward, backward) / (forward + backward)`, in [0, 1]. */
  readonly reciprocity: Float64Array;
  /** False when the log was declared `symmetric` (no initiator): reciprocity carries no information. */
  readonly directional: boolean;
  /** The reference time of `intensity` (epoch ms). */
  readonly now: number;
  /** The half-life of `intensity` (ms). */
  readonly halfLife: number;
  /** First and last event time kept (epoch ms); NaN when no event was kept. */
  readonly start: number;
  readonly end: number;
  /** Number of UTC days from the first to the last kept event, inclusive (>= 1 when any event). */
  readonly observedDays: number;
  /** The distinct channel names seen, in order of first appearance. */
  readonly channelNames: readonly string[];
  /** Events read, events kept, events outside the window, and self-interactions (kept out of the graph). */
  readonly report: InteractionReport;
  /** The features of the edge between `u` and `v` (keys), as a plain object. */
  get(u: string | number, v: string | number): DyadRow;
  /** One plain object per edge, in edge-id order. */
  rows(): DyadRow[];
}

/** What aggregation read, kept and set aside. */
export interface InteractionReport {
  /** Events read from the input. */
  readonly events: number;
  /** Events counted in a dyad. */
  readonly kept: number;
  /** Events outside the `window` (not counted). */
  readonly outsideWindow: number;
  /** Events from a person to themselves: counted here and per person in `selfByNode`, never in a dyad. */
  readonly selfInteractions: number;
  /** Self-interactions per node key (only nodes that have some). */
  readonly selfByNode: Readonly<Record<string, number>>;
}

/** One edge's features as a plain object (times as epoch ms). */
export interface DyadRow {
  source: string;
  target: string;
  forward: number;
  backward: number;
  count: number;
  volume: number;
  firstTime: number;
  lastTime: number;
  activeDays: number;
  channels: number;
  intensity: number;
  reciprocity: number;
}

/** The result of {@link aggregateInteractions}. */
export interface InteractionAggregate {
  /** One edge per interacting pair (per ordered pair when `directed`), weighted as `edgeWeight` says. */
  readonly graph: SocialGraph;
  /** The per-edge features. `estimateTieStrength(graph)` finds them on its own. */
  readonly dyads: InteractionFeatures;
}
