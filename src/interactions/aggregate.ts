/**
 * aggregateInteractions: an interaction log (calls, messages, meetings, sensor contacts) turned
 * into a graph with one edge per interacting pair and the per-dyad features tie strength is
 * estimated from (Granovetter 1973; Marsden & Campbell 1984; Gilbert & Karahalios 2009).
 */
import { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkBoolean, checkChoice, checkNumber, resolveOptions } from "../util/options.js";
import { DyadAccumulator, HALF_LIFE_GRID } from "./accumulator.js";
import { buildFeatures } from "./features.js";
import type { InteractionAggregate, InteractionEvent, TimeInput } from "./types.js";

/** Options of {@link aggregateInteractions}. */
export interface AggregateInteractionsOptions {
  /** Keep direction: one arc per ordered pair. Default false (one edge per unordered pair). */
  directed?: boolean;
  /** Unit of numeric times: `"ms"` (default, epoch milliseconds) or `"s"` (seconds). */
  timeUnit?: "ms" | "s";
  /**
   * Reference time of recency (same unit as event times, or a Date). Default: the last kept event.
   * Events after `now` weigh more than 1; restrict them with `window: { end: now }` if unwanted.
   */
  now?: TimeInput | null;
  /**
   * Half-life of recency, in `timeUnit` units. Default: of 1 h, 6 h, 1 d, 3 d, 7 d, 28 d, 91 d and
   * 365 d, the one nearest (on a log scale) to a quarter of the observed time span.
   */
  halfLife?: number | null;
  /** Only events with `start <= time <= end` count (either bound may be left out). Default: all. */
  window?: { start?: TimeInput; end?: TimeInput } | null;
  /** The log has no initiator (face-to-face contacts, co-presence): reciprocity is not measured. Default false. */
  symmetric?: boolean;
  /** The graph's edge weight: `"count"` (default), `"volume"` or `"intensity"`. */
  edgeWeight?: "count" | "volume" | "intensity";
}

/** The defaults of {@link aggregateInteractions}. */
export const AGGREGATE_INTERACTIONS_DEFAULTS: Readonly<AggregateInteractionsOptions> = Object.freeze({
  directed: false,
  timeUnit: "ms",
  now: null,
  halfLife: null,
  window: null,
  symmetric: false,
  edgeWeight: "count",
});

/**
 * Aggregates a stream of interaction events `{ source, target, time, channel?, weight? }` into a
 * {@link SocialGraph} with one edge per interacting pair and, per edge, the features of the
 * dyad: events in each direction, volume (sum of `weight`), first and last time, distinct active
 * UTC days, distinct channels (multiplexity), recency-weighted intensity
 * `sum exp(-ln 2 · (now - t) / halfLife)` and reciprocity `2 min(f, b) / (f + b)`.
 * `estimateTieStrength(graph)` on the returned graph uses these features with no further argument.
 *
 * Streaming: the input is read once, event by event (a sync iterable returns the result, an
 * async iterable a Promise of it); memory grows with people and dyads (plus one set entry per
 * distinct active dyad-day), never with events. Self-interactions are counted in
 * `dyads.report` (total and per person) and kept out of the graph. Nodes get indices in order
 * of first appearance (a person seen only in self-interactions is still a node).
 *
 * Options ({@link AGGREGATE_INTERACTIONS_DEFAULTS}): `directed` false, `timeUnit` "ms", `now`
 * the last kept event, `halfLife` from the observed span (see {@link AggregateInteractionsOptions}),
 * `window` all, `symmetric` false, `edgeWeight` "count".
 *
 * @returns `{ graph, dyads }`; the features are arrays indexed by the graph's edge ids.
 * @throws TiescopeError `INVALID_ROW` naming the row (1-based) and field (missing or invalid
 *   source/target, unreadable time), `INVALID_WEIGHT` (negative or non-finite weight, with its
 *   row), `INVALID_OPTION`, `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const { graph, dyads } = aggregateInteractions([
 *   { source: "ann", target: "bob", time: 0 },
 *   { source: "bob", target: "ann", time: 86_400_000 },
 *   { source: "ann", target: "cy", time: 86_400_000, channel: "sms" },
 * ]);
 * graph.size;                          // 2
 * dyads.get("ann", "bob").reciprocity;  // 1
 * dyads.get("ann", "bob").activeDays;   // 2
 * ```
 * Complexity: O(events · h) time with h the number of tracked half-lives (8 by default, 1 when
 * `halfLife` is given), plus O(n + m) to build the graph.
 *
 * References: M. S. Granovetter, "The strength of weak ties", Am. J. Sociol. 78(6), 1973,
 * doi:10.1086/225469; P. V. Marsden, K. E. Campbell, "Measuring tie strength", Social Forces
 * 63(2), 1984, doi:10.2307/2579058; E. Gilbert, K. Karahalios, "Predicting tie strength with
 * social media", CHI 2009, doi:10.1145/1518701.1518736.
 */
export function aggregateInteractions(events: Iterable<InteractionEvent>, options?: AggregateInteractionsOptions): InteractionAggregate;
export function aggregateInteractions(
  events: AsyncIterable<InteractionEvent>,
  options?: AggregateInteractionsOptions,
): Promise<InteractionAggregate>;
export function aggregateInteractions(
  events: Iterable<InteractionEvent> | AsyncIterable<InteractionEvent>,
  options?: AggregateInteractionsOptions,
): InteractionAggregate | Promise<InteractionAggregate> {
  const fn = "aggregateInteractions";
  const { acc, settings } = setup(fn, options);
  if (events !== null && typeof events === "object" && Symbol.asyncIterator in events) {
    return (async () => {
      let row = 0;
      for await (const ev of events as AsyncIterable<InteractionEvent>) acc.add(ev, ++row, fn);
      return buildFeatures(acc, settings);
    })();
  }
  if (events === null || typeof events !== "object" || !(Symbol.iterator in events)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: events must be an iterable or async iterable, got ${show(events)}`);
  }
  let row = 0;
  for (const ev of events as Iterable<InteractionEvent>) acc.add(ev, ++row, fn);
  return buildFeatures(acc, settings);
}

/** Validated settings passed to the feature builder. @internal */
export interface AggregateSettings {
  directed: boolean;
  symmetric: boolean;
  now: number | null;
  halfLife: number | null;
  edgeWeight: "count" | "volume" | "intensity";
}

function setup(fn: string, options: AggregateInteractionsOptions | undefined): { acc: DyadAccumulator; settings: AggregateSettings } {
  const o = resolveOptions(fn, options, AGGREGATE_INTERACTIONS_DEFAULTS);
  const directed = checkBoolean(fn, "directed", o.directed);
  const symmetric = checkBoolean(fn, "symmetric", o.symmetric);
  const timeUnit = checkChoice(fn, "timeUnit", o.timeUnit, ["ms", "s"] as const);
  const edgeWeight = checkChoice(fn, "edgeWeight", o.edgeWeight, ["count", "volume", "intensity"] as const);
  const scale = timeUnit === "s" ? 1000 : 1;
  const time = (name: string, v: unknown): number => {
    if (v instanceof Date) return v.getTime();
    if (typeof v === "string" && !Number.isFinite(Number(v))) {
      const t = Date.parse(v);
      if (Number.isFinite(t)) return t;
    }
    return checkNumber(fn, name, typeof v === "string" ? Number(v) : v) * scale;
  };
  const halfLife = o.halfLife === null || o.halfLife === undefined ? null : time("halfLife", o.halfLife);
  if (halfLife !== null && !(halfLife > 0)) throw new TiescopeError("INVALID_OPTION", `${fn}: option halfLife must be > 0, got ${show(o.halfLife)}`);
  const now = o.now === null || o.now === undefined ? null : time("now", o.now);
  let windowStart = -Infinity;
  let windowEnd = Infinity;
  if (o.window !== null && o.window !== undefined) {
    if (typeof o.window !== "object") throw new TiescopeError("INVALID_OPTION", `${fn}: option window must be { start?, end? }, got ${show(o.window)}`);
    if (o.window.start !== undefined) windowStart = time("window.start", o.window.start);
    if (o.window.end !== undefined) windowEnd = time("window.end", o.window.end);
    if (windowStart > windowEnd) throw new TiescopeError("INVALID_OPTION", `${fn}: window.start is after window.end`);
  }
  const acc = new DyadAccumulator({ directed, timeScale: scale, windowStart, windowEnd, halfLives: halfLife !== null ? [halfLife] : HALF_LIFE_GRID });
  return { acc, settings: { directed, symmetric, now, halfLife, edgeWeight } };
}
