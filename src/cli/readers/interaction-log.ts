/**
 * Interaction logs from delimited text: each row is one event, streamed into the library's
 * `aggregateInteractions`, so the graph carries the per-dyad features (frequency, recency,
 * reciprocity, regularity, channels) that `estimateTieStrength` reads. Rows are checked here first
 * so every error names the file line and the field.
 */
import { aggregateInteractions } from "../../interactions/aggregate.js";
import type { InteractionEvent } from "../../interactions/types.js";
import { TiescopeError } from "../../util/errors.js";
import type { DelimitedLayout } from "../detect.js";
import { CliError } from "../errors.js";
import { checkedRows, rowError } from "./checked-rows.js";
import { isNumeric, splitRow } from "./delimited.js";
import type { DelimitedReadOptions } from "./delimited-graph.js";
import type { InteractionSummary, LoadedInput } from "./input.js";
import { dataLines } from "./text.js";

/** Numeric times at or above this are epoch milliseconds; below, seconds (SNAP and SocioPatterns logs). */
export const MILLISECONDS_FROM = 1e11;

/** True when `raw` reads as a time: a number or a date `Date.parse` understands. */
function readableTime(raw: string): boolean {
  return isNumeric(raw) || (raw !== "" && Number.isFinite(Date.parse(raw)));
}

/**
 * The unit of numeric times: "ms" when the largest of the first 1,000 numeric times is at least
 * {@link MILLISECONDS_FROM} (2001-09-09 in ms, year 5138 in s), else "s". Dates are read as dates.
 */
export function timeUnitOf(text: string, layout: DelimitedLayout): "s" | "ms" {
  const column = layout.columns.time!;
  let seen = 0;
  let largest = 0;
  let headerSkipped = layout.header === null;
  for (const { text: row } of dataLines(text)) {
    if (!headerSkipped) {
      headerSkipped = true;
      continue;
    }
    const raw = splitRow(row, layout.delimiter)[column] ?? "";
    if (isNumeric(raw)) largest = Math.max(largest, Math.abs(Number(raw)));
    if (++seen >= 1000) break;
  }
  return largest >= MILLISECONDS_FROM ? "ms" : "s";
}

/** Reads an interaction log (a layout with a time column). @throws CliError naming the file line and field. */
export async function readInteractionLog(text: string, layout: DelimitedLayout, options: DelimitedReadOptions): Promise<Omit<LoadedInput, "name">> {
  const { columns } = layout;
  if (columns.time === undefined) throw new Error("readInteractionLog: the layout has no time column");
  const need = Math.max(columns.source, columns.target, columns.weight ?? 0, columns.time, columns.channel ?? 0) + 1;
  const timeUnit = timeUnitOf(text, layout);
  const at = { line: 0 };
  async function* events(): AsyncGenerator<InteractionEvent> {
    for await (const { fields: f, line, source, target, weight } of checkedRows(text, layout, need, options)) {
      at.line = line;
      const time = f[columns.time!]!;
      if (!readableTime(time)) throw rowError(options.where, line, `time ${JSON.stringify(time)} is neither a number nor a date`);
      yield { source, target, time, channel: columns.channel !== undefined ? f[columns.channel]! : undefined, weight };
    }
  }
  let aggregate;
  try {
    aggregate = await aggregateInteractions(events(), {
      directed: options.directed,
      symmetric: options.symmetric ?? false,
      timeUnit,
      edgeWeight: columns.weight !== undefined ? "volume" : "count",
    });
  } catch (e) {
    // Rows the checks above let through but the library rejects: name the file line, not the event number.
    if (e instanceof TiescopeError && typeof e.details?.["row"] === "number") {
      throw rowError(options.where, at.line, e.message.replace(/^aggregateInteractions: row \d+,?\s*/, ""));
    }
    throw e;
  }
  options.onProgress?.(1);
  const { graph, dyads } = aggregate;
  const report = dyads.report;
  if (report.events === 0) throw new CliError(`${options.where}: no data rows`);
  const halfLifeDays = dyads.halfLife / 86_400_000;
  const summary: InteractionSummary = {
    events: report.events,
    selfInteractions: report.selfInteractions,
    channels: columns.channel === undefined ? [] : [...dyads.channelNames].sort(),
    firstTime: Number.isFinite(dyads.start) ? dyads.start : null,
    lastTime: Number.isFinite(dyads.end) ? dyads.end : null,
    timeUnit,
    halfLifeDays,
  };
  const arcs = options.directed ? "arcs" : "ties";
  const notes = [
    `${report.events} events aggregated into ${graph.size} ${arcs} by aggregateInteractions; tie weight = ${columns.weight !== undefined ? "summed event weight" : "number of events"}; numeric times read as ${timeUnit === "s" ? "seconds" : "milliseconds"}; recency half-life ${formatDays(halfLifeDays)}`,
  ];
  if (options.symmetric) notes.push("events have no initiator (--symmetric): reciprocity is not a tie-strength feature");
  else if (columns.time === 0) notes.push("reciprocity is read from the column order; pass --symmetric when events have no initiator (face-to-face contacts, as in SocioPatterns' t i j files)");
  if (report.selfInteractions > 0) notes.push(`${report.selfInteractions} self-interaction${report.selfInteractions === 1 ? "" : "s"} left out`);
  return { graph, format: layout.reason, labels: null, groundTruth: null, interactions: summary, notes };
}

function formatDays(days: number): string {
  return days >= 1 ? `${Math.round(days * 10) / 10} day${days === 1 ? "" : "s"}` : `${Math.round(days * 240) / 10} hours`;
}
