/**
 * The analysis stage of `tiescope report`: one function from the loaded input to the
 * {@link ReportModel} that every writer and the page read. Each section is computed by the
 * library function named in its `method`.
 */
import { toUndirected } from "../graph/to-undirected.js";
import { toInputEdges } from "../ties/common-neighbors.js";
import { dunbarLayers } from "../ties/dunbar.js";
import { edgeEmbeddedness } from "../ties/embeddedness.js";
import { estimateTieStrength } from "../ties/estimate.js";
import { edgePercolation } from "../ties/percolation.js";
import { neighborhoodOverlap } from "../ties/overlap.js";
import { introductionPath } from "../paths/introduction-path.js";
import { classifyConnectors } from "../roles/connectors.js";
import { nodeRoles, NODE_ROLE_NAMES, type NodeRole } from "../roles/node-roles.js";
import { scoreEngagementReach } from "../reach/engagement-reach.js";
import type { ReportArgs } from "./args.js";
import { introductionEnds } from "./ends.js";
import { CliError, UsageError, checkpoint } from "./errors.js";
import type { ConnectorRow, DunbarLayer, EngagementPoint, HistogramBin, PercolationPoint, ReportModel } from "./model.js";
import { CONNECTOR_KINDS, QUADRANTS } from "./model.js";
import type { LoadedInput } from "./readers/input.js";
import { bridgesSection } from "./sections/bridges.js";
import { communitiesSection } from "./sections/communities.js";
import { graphStats } from "./stats.js";

export interface AnalyzeOptions {
  version: string;
  signal?: AbortSignal | undefined;
  /** Called at the start of each stage with its name and the fraction of the analysis done. */
  onProgress?: ((fraction: number, stage: string) => void) | undefined;
}

type Settings = Pick<ReportArgs, "seed" | "hops" | "ego" | "from" | "to" | "maxNodes">;

const TOP_ROWS = 25;
const SCATTER_LIMIT = 5000;
/** Removed fractions measured by the percolation curves (every 2%). */
const PERCOLATION_FRACTIONS = Array.from({ length: 51 }, (_, i) => i / 50);
/** Above this many people, extended reach is estimated with HyperBall instead of exact BFS. */
export const EXACT_REACH_LIMIT = 50_000;

/** Runs every analysis the report shows. @throws UsageError for an unknown --ego/--from/--to; CliError for a network without nodes; InterruptedError. */
export async function analyze(input: LoadedInput, settings: Settings, options: AnalyzeOptions): Promise<ReportModel> {
  const g = input.graph;
  const n = g.order;
  const m = g.size;
  if (n === 0) throw new CliError(`${input.name}: the network has no node`);
  const stages = 8;
  let done = 0;
  const step = async (stage: string): Promise<void> => {
    await checkpoint(options.signal);
    options.onProgress?.(done++ / stages, stage);
  };
  const signal = options.signal;
  const keys = g.keys();
  const labels = input.labels ?? keys;
  const name = (i: number): { node: string; label: string } => ({ node: keys[i]!, label: labels[i]! });
  const lookup = (option: string, value: string): number => {
    let i = g.indexOrMissing(value);
    if (i < 0) i = labels.indexOf(value);
    if (i < 0) throw new UsageError(`${option}: no node "${value}" in the graph`);
    return i;
  };
  const ego = settings.ego !== null ? lookup("--ego", settings.ego) : null;
  const fromGiven = settings.from !== null ? lookup("--from", settings.from) : null;
  const toGiven = settings.to !== null ? lookup("--to", settings.to) : null;

  await step("graph statistics");
  const undirected = toUndirected(g);
  const undirectedEmbeddedness = edgeEmbeddedness(undirected);
  const embeddedness = toInputEdges(g, undirected, undirectedEmbeddedness);
  const degree = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = g.degree(i);
    strength[i] = g.strength(i);
  }
  const stats = graphStats(g, degree, undirected, undirectedEmbeddedness);

  await step("tie strength");
  // A graph from aggregateInteractions carries its log's features; estimateTieStrength finds them.
  const ties = estimateTieStrength(g);
  const overlap = ties.features.overlap ?? neighborhoodOverlap(g);
  let weakCount = 0;
  for (let e = 0; e < m; e++) weakCount += ties.weak[e]!;

  await step("communities");
  const { section: communities, parts } = communitiesSection(g, input.groundTruth, { strength: ties.strength, seed: settings.seed, signal });
  const count = parts.sizes.length;

  await step("weak-tie bridges");
  const bridges = bridgesSection(g, { ties, membership: parts.membership, labels: parts.labels, undirected, undirectedEmbeddedness, seed: settings.seed, top: TOP_ROWS, signal });

  await step("percolation");
  const curve = (order: "weakest" | "strongest"): PercolationPoint[] => {
    const p = edgePercolation(g, order, { weights: ties.strength, seed: settings.seed, fractions: PERCOLATION_FRACTIONS, signal });
    return Array.from(p.fractions, (f, k) => ({ removed: f, largest: p.giant[k]!, susceptibility: p.susceptibility[k]! }));
  };
  const weakFirst = curve("weakest");
  const strongFirst = curve("strongest");

  await step("connectors and roles");
  const conn = classifyConnectors(g, { ties, partition: parts.membership, signal });
  const connectorRow = (i: number): ConnectorRow => {
    const r = conn.get(keys[i]!);
    return { ...name(i), kind: r.kind, degree: r.degree, strongTies: r.strongTies, weakShare: r.weakShare, strongCommunities: r.strongCommunities, megaScore: r.megaScore, powerScore: r.powerScore, introductions: r.introductions };
  };
  const byKind = (bit: 1 | 2): ConnectorRow[] => {
    const score = bit === 2 ? conn.powerScore : conn.megaScore;
    const ids: number[] = [];
    for (let i = 0; i < n; i++) if (conn.kindCode[i]! & bit) ids.push(i);
    return ids.sort((a, b) => score[b]! - score[a]! || a - b).slice(0, TOP_ROWS).map(connectorRow);
  };
  const kindCounts = Object.fromEntries(CONNECTOR_KINDS.map((k) => [k, 0])) as Record<(typeof CONNECTOR_KINDS)[number], number>;
  for (let i = 0; i < n; i++) kindCounts[CONNECTOR_KINDS[conn.kindCode[i]!]!]++;
  const roles = nodeRoles(g, parts.membership);
  const roleNames = Array.from(roles.role, (r) => `R${r} ${NODE_ROLE_NAMES[`R${r}` as NodeRole]}`);
  const roleCounts: Record<string, number> = {};
  for (const r of roleNames) roleCounts[r] = (roleCounts[r] ?? 0) + 1;

  await step("engagement and reach");
  const reachMethod = n > EXACT_REACH_LIMIT ? "hyperball" : "exact";
  const reach = scoreEngagementReach(g, { ties, hops: settings.hops, reachMethod, seed: settings.seed, signal });
  const quadrantCounts = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<string, number>;
  for (const q of reach.quadrant) quadrantCounts[q]!++;
  const sampledScatter = n > SCATTER_LIMIT;
  const scatterIds = sampledScatter ? sampleIds(reach.reach, SCATTER_LIMIT) : Array.from({ length: n }, (_, i) => i);
  const points: EngagementPoint[] = scatterIds.map((i) => ({
    ...name(i),
    reach: reach.reach[i]!,
    extendedReach: reach.extendedReach[i]!,
    engagedAudience: reach.engagedAudience[i]!,
    engagementRate: reach.engagementRate[i]!,
    quadrant: reach.quadrant[i]!,
  }));

  await step("Dunbar layers and introduction path");
  let egoIndex = 0;
  for (let i = 1; i < n; i++) if (strength[i]! > strength[egoIndex]!) egoIndex = i;
  if (ego !== null) egoIndex = ego;
  const dunbar = dunbarLayers(g, ties, keys[egoIndex]!);
  const layers: DunbarLayer[] = dunbar.sizes.map((size, k) => ({ layer: k + 1, nominal: size, members: [] }));
  for (let r = 0; r < dunbar.contacts.length; r++) {
    const k = dunbar.layer[r]!;
    if (k === layers.length) layers.push({ layer: k + 1, nominal: null, members: [] });
    layers[k]!.members.push({ ...name(dunbar.contacts[r]!), strength: dunbar.strengths[r]! });
  }
  const [from, to] = introductionEnds(g, strength, parts.membership, count, fromGiven, toGiven);
  const path = introductionPath(g, keys[from]!, keys[to]!, { ties });
  const hops = Array.from(path.indices, (v, k) => ({ ...name(v), tieStrength: k === 0 ? null : path.hops[k - 1]!.strength }));
  options.onProgress?.(1, "analysis done");

  const notes = [...input.notes];
  if (bridges.note) notes.push(bridges.note);
  if (reachMethod === "hyperball") notes.push(`reach within ${settings.hops} hops is a HyperBall estimate above ${EXACT_REACH_LIMIT.toLocaleString("en")} people (about 3% error)`);
  if (sampledScatter) notes.push(`the engagement-versus-reach plot shows ${SCATTER_LIMIT.toLocaleString("en")} of ${n.toLocaleString("en")} people (the widest reach plus an even sample)`);
  const featureList = Object.entries(ties.featureWeights).map(([f, w]) => `${f} ×${w}`).join(", ");
  return {
    meta: { tool: "tiescope", version: options.version, name: input.name, format: input.format, seed: settings.seed, notes, interim: [] },
    stats,
    interactions: input.interactions,
    keys,
    labels: labels.slice(),
    degree,
    strength,
    ties: {
      method: `estimateTieStrength from ${ties.source === "interactions" ? "the interaction log" : ties.source === "weights" ? "edge weights and structure" : ties.source} (${featureList}); weak below ${ties.thresholdMethod === "otsu" ? "Otsu's threshold" : `a ${ties.thresholdMethod} threshold`}`,
      provenance: "library",
      source: ties.source,
      featureWeights: { ...ties.featureWeights },
      thresholdMethod: ties.thresholdMethod,
      threshold: ties.threshold,
      weakCount,
      strongCount: m - weakCount,
      histogram: strengthHistogram(ties.strength, ties.weak, 20),
      strength: ties.strength,
      weak: ties.weak,
      embeddedness,
      overlap,
    },
    communities,
    bridges: bridges.section,
    percolation: { method: "edgePercolation: ties removed weakest first and strongest first (Onnela et al. 2007)", provenance: "library", weakFirst, strongFirst },
    connectors: {
      method: "classifyConnectors: mega = top 5% mega score with mostly weak ties; power = top 5% of brokers by trusted introductions across communities",
      provenance: "library",
      counts: kindCounts,
      cutoffs: { ...conn.cutoffs },
      power: byKind(2),
      mega: byKind(1),
      kind: conn.kindCode,
      megaScore: conn.megaScore,
      powerScore: conn.powerScore,
    },
    roles: { method: "nodeRoles: Guimerà–Amaral within-module z and participation P", provenance: "library", role: roleNames, withinZ: roles.z, participation: roles.participation, counts: roleCounts },
    engagement: {
      method: `scoreEngagementReach: audience = ${g.directed ? "people with an arc to the person" : "contacts"}; engaged when the tie's strength is at least ${round3(reach.cutoffs.minStrength)}; extended reach within ${settings.hops} hops (${reachMethod})`,
      provenance: "library",
      hops: settings.hops,
      reachMethod,
      reachSplit: reach.cutoffs.reach,
      engagementSplit: reach.cutoffs.engagementRate,
      minStrength: reach.cutoffs.minStrength,
      quadrantCounts,
      points,
      sampled: sampledScatter,
      reach: reach.reach,
      extendedReach: reach.extendedReach,
      engagedAudience: reach.engagedAudience,
      engagedCount: reach.engagedCount,
      engagementRate: reach.engagementRate,
      trust: reach.trust,
      influence: reach.influence,
      quadrant: reach.quadrant,
    },
    dunbar: { method: "dunbarLayers: contacts ranked by tie strength into the 5 / 15 / 50 / 150 circles", provenance: "library", ego: keys[egoIndex]!, egoLabel: labels[egoIndex]!, layers },
    introduction: {
      method: "introductionPath: the chain of ties with the largest product of strengths",
      provenance: "library",
      from: keys[from]!,
      to: keys[to]!,
      found: path.found,
      path: hops,
      warmth: path.trust,
      weakestLink: path.weakestLink ? { from: path.weakestLink.from, to: path.weakestLink.to, strength: path.weakestLink.strength } : null,
    },
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

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
