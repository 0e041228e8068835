/** What a reader hands to the analysis: the graph plus what the file said about its nodes. */
import type { SocialGraph } from "../../graph/social-graph.js";

export interface InteractionSummary {
  /** Event rows read. */
  events: number;
  /** Events from a person to themselves (kept out of the graph). */
  selfInteractions: number;
  /** Distinct channels seen (empty without a channel column). */
  channels: string[];
  /** First and last event time, epoch milliseconds (null without a time column). */
  firstTime: number | null;
  lastTime: number | null;
  /** How numeric times were read (null without a time column). */
  timeUnit: "s" | "ms" | null;
  /** Half-life of the recency feature, in days (null without a time column). */
  halfLifeDays: number | null;
}

export interface LoadedInput {
  graph: SocialGraph;
  /** A short name for the data (file name or dataset). */
  name: string;
  /** The format read, as the page states it. */
  format: string;
  /** Display name per node index (GEXF/JSON labels), or null to use the keys. */
  labels: string[] | null;
  /** Ground-truth community label per node index, and where it came from. */
  groundTruth: { labels: string[]; source: string } | null;
  interactions: InteractionSummary | null;
  /** Things the reader did that the user should know (printed and shown on the page). */
  notes: string[];
}

/** Reports progress of a reader: fraction in [0, 1]. */
export type ReadProgress = (fraction: number) => void;
