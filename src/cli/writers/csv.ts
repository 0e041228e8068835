/**
 * ties.csv (one row per edge) and people.csv (one row per node), RFC 4180: comma-separated,
 * fields quoted when they hold a comma, quote or line break, CRLF-free (LF line ends).
 */
import type { SocialGraph } from "../../graph/social-graph.js";
import { CONNECTOR_KINDS, reasonsOf, type ReportModel } from "../model.js";

/** Quotes a CSV field when needed. */
export function csvField(value: string | number): string {
  if (typeof value === "number") return formatNumber(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Integers as is; other numbers to 6 decimals without trailing zeros; NaN as empty. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return "";
  if (Number.isInteger(x)) return String(x);
  return String(Math.round(x * 1e6) / 1e6);
}

const line = (fields: (string | number)[]): string => fields.map(csvField).join(",") + "\n";

export const TIES_COLUMNS = ["source", "target", "weight", "strength", "weak", "embeddedness", "overlap", "bridge", "bridge_reasons"] as const;

/** The lines of ties.csv. */
export function* tiesCsv(g: SocialGraph, model: ReportModel): Generator<string> {
  yield line([...TIES_COLUMNS]);
  const { ties, bridges } = model;
  for (let e = 0; e < g.size; e++) {
    const r = bridges.reasons[e]!;
    yield line([
      model.keys[g.edgeSources[e]!]!,
      model.keys[g.edgeTargets[e]!]!,
      g.edgeWeights[e]!,
      ties.strength[e]!,
      ties.weak[e]!,
      ties.embeddedness[e]!,
      ties.overlap[e]!,
      r ? 1 : 0,
      reasonsOf(r).join(";"),
    ]);
  }
}

export const PEOPLE_COLUMNS = [
  "node", "label", "degree", "strength", "community", "community_label", "detected_community", "role", "participation", "within_z",
  "connector", "mega_score", "power_score", "reach", "extended_reach", "engaged_audience", "engaged_count",
  "engagement_rate", "trust", "influence", "quadrant",
] as const;

/** The lines of people.csv. */
export function* peopleCsv(model: ReportModel): Generator<string> {
  yield line([...PEOPLE_COLUMNS]);
  const { communities: c, roles, connectors, engagement: en } = model;
  for (let i = 0; i < model.keys.length; i++) {
    const community = c.membership[i]!;
    yield line([
      model.keys[i]!,
      model.labels[i]!,
      model.degree[i]!,
      model.strength[i]!,
      community,
      c.labels[community]!,
      c.detectedMembership[i]!,
      roles.role[i]!,
      roles.participation[i]!,
      roles.withinZ[i]!,
      CONNECTOR_KINDS[connectors.kind[i]!]!,
      connectors.megaScore[i]!,
      connectors.powerScore[i]!,
      en.reach[i]!,
      en.extendedReach[i]!,
      en.engagedAudience[i]!,
      en.engagedCount[i]!,
      en.engagementRate[i]!,
      en.trust[i]!,
      en.influence[i]!,
      en.quadrant[i]!,
    ]);
  }
}
