/**
 * The analysis stage of `tiescope report`: one function from the loaded input to the
 * {@link ReportModel} that every writer and the page read. Sections whose library function has
 * not landed yet are computed by interim stand-ins in ./interim/; each call site says which
 * planned function replaces it (`// wired to ...`), and `meta.interim` lists them on the page.
 */
import { toUndirected } from "../graph/to-undirected.js";
import { edgeEmbeddedness } from "../ties/embeddedness.js";
import type { ReportArgs } from "./args.js";
import { UsageError, checkInterrupted } from "./errors.js";
import type { ConnectorRow, EngagementPoint, HistogramBin, ReportModel } from "./model.js";
import { CONNECTOR_KINDS } from "./model.js";
import type { LoadedInput } from "./readers/input.js";
import { interimBridges } from "./interim/bridges.js";
import { componentMembership, membershipFromLabels, modularityOf } from "./interim/communities.js";
import { interimConnectors, interimRoles } from "./interim/connectors.js";
import { interimDunbar } from "./interim/dunbar.js";
import { buildIncidence, quantile } from "./interim/incidence.js";
import { hopDistances, interimPath } from "./interim/path.js";
import { percolationCurve, strengthOrder } from "./interim/percolation.js";
import { interimReach } from "./interim/reach.js";
import { graphStats } from "./interim/stats.js";
import { interimTieStrength } from "./interim/tie-strength.js";

export interface AnalyzeOptions {
  version: string;
  signal?: AbortSignal | undefined;
  /** Called at the start of each stage with its name and the fraction of the analysis done. */
  onProgress?: ((fraction: number, stage: string) => void) | undefined;
}

type Settings = Pick<ReportArgs, "seed" | "hops" | "ego" | "from" | "to" | "maxNodes">;

const TOP_ROWS = 25;
const SCATTER_LIMIT = 5000;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs every analysis the report shows. @throws UsageError for an unknown --ego/--from/--to; InterruptedError. */
export async function analyze(input: LoadedInput, settings: Settings, options: AnalyzeOptions): Promise<ReportModel> {
  const g = input.graph;
  const n = g.order;
  const m = g.size;
  const stages = 8;
  let done = 0;
  const step = async (stage: string): Promise<void> => {
    await yieldToEventLoop();
    checkInterrupted(options.signal);
    options.onProgress?.(done++ / stages, stage);
  };
  const interim: ReportModel["meta"]["interim"] = [];
  const keys = g.keys();
  const labels = input.labels ?? keys;
  const name = (i: number): { node: string; label: string } => ({ node: keys[i]!, label: labels[i]! });
  const lookup = (option: string, value: string): number => {
    let i = g.indexOrMissing(value);
    if (i < 0) i = labels.indexOf(value);
    if (i < 0) throw new UsageError(`${option}: no node "${value}" in the graph`);
    return i;
  };

  await step("graph statistics");
  const inc = buildIncidence(g);
  const embeddedness = edgeEmbeddedness(g);
  const undirected = g.directed ? toUndirected(g) : g;
  const stats = graphStats(g, inc, undirected, g.directed ? edgeEmbeddedness(undirected) : embeddedness);
  const degree = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = inc.offsets[i + 1]! - inc.offsets[i]!;
    for (let p = inc.offsets[i]!; p < inc.offsets[i + 1]!; p++) strength[i]! += g.edgeWeights[inc.edge[p]!]!;
  }

  await step("tie strength");
  // wired to estimateTieStrength(g) when available -> { strength, weak, threshold, rows() }.
  const ties = interimTieStrength(g, inc, embeddedness);
  interim.push({ section: "tie strength", plannedFunction: "estimateTieStrength(g)" });
  const histogram = strengthHistogram(ties.strength, ties.weak, 20);
  let weakCount = 0;
  for (let e = 0; e < m; e++) weakCount += ties.weak[e]!;

  await step("communities");
  // wired to detectCommunities(g, { weights: ties.strength, seed }) when available -> Partition { membership, count, modularity };
  // ground-truth labels stay available for comparison.
  const truth = input.groundTruth;
  const parts = truth ? membershipFromLabels(truth.labels) : componentMembership(g);
  const count = parts.sizes.length;
  if (!truth) interim.push({ section: "communities", plannedFunction: "detectCommunities(g, { weights, seed })" });
  const modularity = modularityOf(g, parts.membership, count);

  await step("weak-tie bridges");
  // wired to weakTieBridges(g, { ties, partition }) when available.
  const bridges = interimBridges(g, ties, embeddedness, parts.membership, TOP_ROWS);
  interim.push({ section: "weak-tie bridges", plannedFunction: "weakTieBridges(g, { ties, partition })" });

  await step("percolation");
  // wired to edgePercolation(g, order) when available (weak-first and strong-first orders).
  const weakFirst = percolationCurve(g, strengthOrder(ties.strength, true));
  const strongFirst = percolationCurve(g, strengthOrder(ties.strength, false));
  interim.push({ section: "percolation", plannedFunction: "edgePercolation(g, order)" });

  await step("connectors and roles");
  // wired to classifyConnectors(g, { ties, partition }) when available.
  const conn = interimConnectors(inc, ties.weak, parts.membership, count);
  interim.push({ section: "connectors", plannedFunction: "classifyConnectors(g, { ties, partition })" });
  // wired to nodeRoles(g, partition) when available.
  const roles = interimRoles(inc, parts.membership, count);
  interim.push({ section: "node roles", plannedFunction: "nodeRoles(g, partition)" });
  const kindIndex = Uint8Array.from(conn.kind, (k) => CONNECTOR_KINDS.indexOf(k));
  const connectorRow = (i: number): ConnectorRow => ({
    ...name(i),
    kind: conn.kind[i]!,
    degree: degree[i]!,
    strongTies: conn.strongTies[i]!,
    weakShare: conn.weakShare[i]!,
    communitiesReached: conn.communitiesReached[i]!,
  });
  const byKind = (want: "power" | "mega"): ConnectorRow[] => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) if (conn.kind[i] === want || conn.kind[i] === "both") ids.push(i);
    const key = want === "power" ? conn.strongTies : degree;
    return ids.sort((a, b) => key[b]! - key[a]! || a - b).slice(0, TOP_ROWS).map(connectorRow);
  };
  const kindCounts = { power: 0, mega: 0, both: 0, neither: 0 };
  for (const k of conn.kind) kindCounts[k]++;
  const roleCounts: Record<string, number> = {};
  for (const r of roles.role) roleCounts[r] = (roleCounts[r] ?? 0) + 1;

  await step("engagement and reach");
  // wired to scoreEngagementReach(g, { ties, hops }) when available.
  const reach = interimReach(inc, ties.strength, ties.weak, settings.hops);
  interim.push({ section: "engagement and reach", plannedFunction: "scoreEngagementReach(g, { ties, hops })" });
  const reachSplit = quantile(reach.reach, 0.5);
  const engagementSplit = quantile(reach.engagementRate, 0.5);
  const quadrant = (i: number): string => {
    const wide = reach.reach[i]! > reachSplit;
    const engagedHigh = reach.engagementRate[i]! > engagementSplit;
    return wide ? (engagedHigh ? "engaged and wide" : "broadcast") : engagedHigh ? "engaged core" : "quiet";
  };
  const sampledScatter = n > SCATTER_LIMIT;
  const scatterIds = sampledScatter ? sampleIds(reach.reach, SCATTER_LIMIT) : Array.from({ length: n }, (_, i) => i);
  const points: EngagementPoint[] = scatterIds.map((i) => ({ ...name(i), reach: reach.reach[i]!, engaged: reach.engaged[i]!, engagementRate: reach.engagementRate[i]!, quadrant: quadrant(i) }));

  await step("Dunbar layers and introduction path");
  let ego = 0;
  for (let i = 1; i < n; i++) if (strength[i]! > strength[ego]!) ego = i;
  if (settings.ego !== null) ego = lookup("--ego", settings.ego);
  // wired to dunbarLayers(g, ties, ego) when available.
  const layers = n > 0 ? interimDunbar(inc, ties.strength, ego, name) : [];
  interim.push({ section: "Dunbar layers", plannedFunction: "dunbarLayers(g, ties, ego)" });
  const [from, to] = introductionEnds(inc, strength, parts.membership, count, settings.from !== null ? lookup("--from", settings.from) : null, settings.to !== null ? lookup("--to", settings.to) : null);
  // wired to introductionPath(g, from, to, { ties }) when available.
  const path = n > 0 ? interimPath(inc, ties.strength, from, to) : null;
  interim.push({ section: "introduction path", plannedFunction: "introductionPath(g, from, to, { ties })" });
  const hops = (path ?? []).map((v, k) => ({ ...name(v), tieStrength: k === 0 ? null : bestTie(inc, ties.strength, path![k - 1]!, v) }));
  const warmth = hops.reduce((w, h) => w * (h.tieStrength ?? 1), 1);
  options.onProgress?.(1, "analysis done");

  const notes = [...input.notes];
  if (!reach.exact) notes.push(`reach within ${settings.hops} hops is an upper bound (sum of neighbours' degrees) above 20,000 nodes`);
  if (sampledScatter) notes.push(`the engagement-versus-reach plot shows ${SCATTER_LIMIT.toLocaleString("en")} of ${n.toLocaleString("en")} people (the widest reach plus an even sample)`);
  return {
    meta: { tool: "tiescope", version: options.version, name: input.name, format: input.format, seed: settings.seed, notes, interim },
    stats,
    interactions: input.interactions,
    keys,
    labels: labels.slice(),
    degree,
    strength,
    // wired to estimateTieStrength(g) when available: strength, weak, threshold (and rows() for ties.csv).
    ties: {
      method: "interim: mean of log-scaled weight and neighbourhood overlap; weak below the median",
      provenance: "interim",
      threshold: ties.threshold,
      weakCount,
      strongCount: m - weakCount,
      histogram,
      strength: ties.strength,
      weak: ties.weak,
      embeddedness,
      overlap: ties.overlap,
    },
    // wired to detectCommunities(g, { weights, seed }) when available: membership, count, modularity.
    communities: {
      method: truth ? `ground truth: ${truth.source}` : "interim: connected components",
      provenance: truth ? "library" : "interim",
      source: truth ? "ground-truth" : "components",
      count,
      modularity,
      sizes: parts.sizes.map((size, c) => ({ community: c, label: parts.labels[c]!, size })),
      membership: parts.membership,
      labels: parts.labels,
    },
    // wired to weakTieBridges(g, { ties, partition }) when available: reasons per edge, ranked top rows.
    bridges: { method: "interim: weak ties that are local bridges or cross communities", provenance: "interim", count: bridges.count, top: bridges.top, reasons: bridges.reasons },
    // wired to edgePercolation(g, order) when available: weakFirst / strongFirst curves.
    percolation: { method: "interim: largest component after removing ties by strength", provenance: "interim", weakFirst, strongFirst },
    // wired to classifyConnectors(g, { ties, partition }) when available: kind per node, power / mega rows.
    connectors: { method: "interim: degree, weak share and strong ties across communities", provenance: "interim", counts: kindCounts, power: byKind("power"), mega: byKind("mega"), kind: kindIndex },
    // wired to nodeRoles(g, partition) when available: role, withinZ, participation.
    roles: { method: "interim: Guimerà–Amaral z and P", provenance: "interim", role: roles.role, withinZ: roles.withinZ, participation: roles.participation, counts: roleCounts },
    // wired to scoreEngagementReach(g, { ties, hops }) when available: reach, engaged, engagementRate, influence.
    engagement: {
      method: `interim: reach within ${settings.hops} hops; engaged = contacts over strong ties`,
      provenance: "interim",
      hops: settings.hops,
      reachSplit,
      engagementSplit,
      points,
      sampled: sampledScatter,
      reach: reach.reach,
      engaged: reach.engaged,
      engagementRate: reach.engagementRate,
      influence: reach.influence,
    },
    // wired to dunbarLayers(g, ties, ego) when available: layers.
    dunbar: { method: "interim: contacts ranked by tie strength, cut at 5/15/50/150", provenance: "interim", ...(n > 0 ? { ego: keys[ego]!, egoLabel: labels[ego]! } : { ego: "", egoLabel: "" }), layers },
    // wired to introductionPath(g, from, to, { ties }) when available: path, warmth.
    introduction: {
      method: "interim: path maximising the product of tie strengths",
      provenance: "interim",
      from: n > 0 ? keys[from]! : "",
      to: n > 0 ? keys[to]! : "",
      found: path !== null,
      path: hops,
      warmth: path ? warmth : 0,
    },
  };
}

function strengthHistogram(strength: Float64Array, weak: Uint8Array, bins: number): HistogramBin[] {
  const out: HistogramBin[] = Array.from({ length: bins }, (_, b) => ({ x0: b / bins, x1: (b + 1) / bins, weak: 0, strong: 0 }));
  for (let e = 0; e < strength.length; e++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(strength[e]! * bins)));
    if (weak[e]) out[b]!.weak++;
    else out[b]!.strong++;
  }
  return out;
}

/** Half the widest-reaching nodes, then an even stride over the rest. */
function sampleIds(score: Float64Array, limit: number): number[] {
  const n = score.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const top = order.slice(0, limit >> 1);
  const rest = order.slice(limit >> 1);
  const wanted = limit - top.length;
  const stride = rest.length / wanted;
  for (let k = 0; k < wanted; k++) top.push(rest[Math.floor(k * stride)]!);
  return top.sort((a, b) => a - b);
}

function bestTie(inc: ReturnType<typeof buildIncidence>, strength: Float64Array, u: number, v: number): number {
  let best = 0;
  for (let p = inc.offsets[u]!; p < inc.offsets[u + 1]!; p++) if (inc.other[p] === v) best = Math.max(best, strength[inc.edge[p]!]!);
  return best;
}

/** Default ends: the strongest node of the largest community and of the next; else the farthest node. */
function introductionEnds(inc: ReturnType<typeof buildIncidence>, strength: Float64Array, membership: Int32Array, count: number, from: number | null, to: number | null): [number, number] {
  const n = membership.length;
  if (n === 0) return [0, 0];
  const strongestIn = (c: number): number => {
    let best = -1;
    for (let i = 0; i < n; i++) if (membership[i] === c && (best < 0 || strength[i]! > strength[best]!)) best = i;
    return best;
  };
  const a = from ?? strongestIn(0);
  if (to !== null) return [a, to];
  const dist = hopDistances(inc, a);
  if (count > 1) {
    let best = -1;
    for (let i = 0; i < n; i++) if (membership[i] !== membership[a] && dist[i]! > 0 && (best < 0 || strength[i]! > strength[best]!)) best = i;
    if (best >= 0) return [a, best];
    // Nobody in another community is reachable: show that the path does not exist.
    return [a, strongestIn(membership[a] === 0 ? 1 : 0)];
  }
  let far = a;
  for (let i = 0; i < n; i++) if (dist[i]! > dist[far]!) far = i;
  return [a, far];
}
