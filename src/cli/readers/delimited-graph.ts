/**
 * Edge lists and interaction logs from delimited text. An edge list row is one edge (parallel
 * rows are summed). An interaction log with a time column goes to {@link readInteractionLog}
 * (the library's `aggregateInteractions`); one without times has nothing but counts to give, so
 * its rows are read as repeated edges whose weight is the number of events (or summed weights).
 */
import { SocialGraph } from "../../graph/social-graph.js";
import type { DelimitedLayout } from "../detect.js";
import { CliError } from "../errors.js";
import { checkedRows } from "./checked-rows.js";
import type { InteractionSummary, LoadedInput, ReadProgress } from "./input.js";
import { readInteractionLog } from "./interaction-log.js";

export interface DelimitedReadOptions {
  /** A label for messages (the file path). */
  where: string;
  directed: boolean;
  /** Interaction logs: events have no initiator (aggregateInteractions' `symmetric`). Default false. */
  symmetric?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ReadProgress | undefined;
}

/** Reads delimited text into a graph. @throws CliError naming the file and line of a bad row. */
export async function readDelimitedGraph(text: string, layout: DelimitedLayout, options: DelimitedReadOptions): Promise<Omit<LoadedInput, "name">> {
  const { columns } = layout;
  const interactions = layout.kind === "interactions";
  if (interactions && columns.time !== undefined) return readInteractionLog(text, layout, options);
  const need = Math.max(columns.source, columns.target, columns.weight ?? 0, columns.channel ?? 0) + 1;
  const sources: string[] = [];
  const targets: string[] = [];
  const weights: number[] = [];
  const channels = new Set<string>();
  let events = 0;
  for await (const { fields: f, source: s, target: t, weight } of checkedRows(text, layout, need, options)) {
    if (interactions) {
      events++;
      if (columns.channel !== undefined) channels.add(f[columns.channel]!);
    }
    sources.push(s);
    targets.push(t);
    weights.push(weight ?? 1);
  }
  options.onProgress?.(1);
  if (sources.length === 0) throw new CliError(`${options.where}: no data rows`);
  const weighted = interactions || columns.weight !== undefined;
  function* rows(): Generator<readonly [string, string, number] | readonly [string, string]> {
    for (let i = 0; i < sources.length; i++) yield weighted ? [sources[i]!, targets[i]!, weights[i]!] : [sources[i]!, targets[i]!];
  }
  const graph = SocialGraph.fromEdges(rows(), { directed: options.directed });
  const notes: string[] = [];
  const br = graph.buildReport;
  if (br.selfLoopsIgnored > 0) notes.push(`${br.selfLoopsIgnored} self-loop${br.selfLoopsIgnored === 1 ? "" : "s"} left out`);
  if (br.parallelEdgesMerged > 0 && !interactions) notes.push(`${br.parallelEdgesMerged} repeated edge row${br.parallelEdgesMerged === 1 ? "" : "s"} merged (weights summed)`);
  let summary: InteractionSummary | null = null;
  if (interactions) {
    summary = { events, selfInteractions: br.selfLoopsIgnored, channels: [...channels].sort(), firstTime: null, lastTime: null, timeUnit: null, halfLifeDays: null };
    notes.push(
      `${events} events summed into ${graph.size} ${options.directed ? "arcs" : "ties"}; tie weight = ${columns.weight !== undefined ? "summed event weight" : "number of events"} (no time column, so no recency or regularity)`,
    );
  }
  return {
    graph,
    format: layout.reason,
    labels: null,
    groundTruth: null,
    interactions: summary,
    notes,
  };
}
