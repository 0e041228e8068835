/**
 * summary.json: every figure the page shows, as plain JSON (per-node and per-edge columns are
 * in people.csv and ties.csv instead).
 */
import type { NetworkView } from "../layout.js";
import type { ReportModel } from "../model.js";

/** Rounds floats to 6 decimals so the JSON stays readable. */
function tidy(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? (Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6) : null;
  if (Array.isArray(value)) return value.map(tidy);
  if (value && typeof value === "object") {
    if (ArrayBuffer.isView(value)) throw new Error("summary: typed arrays belong in the CSV files");
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v)]));
  }
  return value;
}

export type Summary = Record<string, unknown>;

/** The summary object (also embedded in the page). */
export function summaryOf(model: ReportModel, view: NetworkView | null): Summary {
  const { ties, communities, bridges, percolation, connectors, roles, engagement, dunbar, introduction } = model;
  return tidy({
    meta: model.meta,
    stats: model.stats,
    interactions: model.interactions,
    ties: {
      method: ties.method,
      provenance: ties.provenance,
      source: ties.source,
      featureWeights: ties.featureWeights,
      thresholdMethod: ties.thresholdMethod,
      threshold: ties.threshold,
      weakCount: ties.weakCount,
      strongCount: ties.strongCount,
      histogram: ties.histogram,
    },
    communities: { method: communities.method, provenance: communities.provenance, source: communities.source, count: communities.count, modularity: communities.modularity, sizes: communities.sizes, comparison: communities.comparison },
    bridges: { method: bridges.method, provenance: bridges.provenance, count: bridges.count, top: bridges.top },
    percolation,
    connectors: { method: connectors.method, provenance: connectors.provenance, counts: connectors.counts, cutoffs: connectors.cutoffs, power: connectors.power, mega: connectors.mega },
    roles: { method: roles.method, provenance: roles.provenance, counts: roles.counts },
    engagement: {
      method: engagement.method,
      provenance: engagement.provenance,
      hops: engagement.hops,
      reachMethod: engagement.reachMethod,
      reachSplit: engagement.reachSplit,
      engagementSplit: engagement.engagementSplit,
      minStrength: engagement.minStrength,
      quadrants: engagement.quadrantCounts,
      sampled: engagement.sampled,
    },
    dunbar,
    introduction,
    network: view ? { drawnNodes: view.key.length, drawnTies: view.source.length, sampled: view.sampled, note: view.note } : null,
  }) as Summary;
}

/** The text of summary.json, from {@link summaryOf}. */
export function summaryJson(summary: Summary): string {
  return JSON.stringify(summary, null, 2) + "\n";
}
