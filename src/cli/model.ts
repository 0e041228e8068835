/**
 * `ReportModel`: everything the report shows, computed once by `analyze` and consumed by every
 * writer (summary.json, ties.csv, people.csv) and by the page. Per-node and per-edge columns are
 * typed arrays indexed by node index / edge id; everything else is plain JSON. Each section says
 * which library function computed it (`method`); a section still computed by an interim stand-in
 * says so in `provenance` and is listed in `meta.interim`.
 */
import type { InteractionSummary } from "./readers/input.js";

/** A section computed by the planned library function, or by an interim stand-in until it lands. */
export type Provenance = "library" | "interim";

export interface GraphStats {
  nodes: number;
  edges: number;
  directed: boolean;
  weighted: boolean;
  density: number;
  totalWeight: number;
  meanDegree: number;
  maxDegree: number;
  isolates: number;
  components: number;
  largestComponent: number;
  /** Triangles, direction ignored (sum of edge embeddedness / 3). */
  triangles: number;
  /** Global clustering coefficient, direction ignored: 3 × triangles / connected triples. */
  transitivity: number;
  selfLoopsIgnored: number;
  parallelEdgesMerged: number;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  weak: number;
  strong: number;
}

export interface TieSection {
  method: string;
  provenance: Provenance;
  /** What the strengths were estimated from (`TieStrength.source`). */
  source: string;
  /** Each feature used and its weight in the combination (`TieStrength.featureWeights`). */
  featureWeights: Record<string, number>;
  /** How the threshold was chosen (`TieStrength.thresholdMethod`). */
  thresholdMethod: string;
  /** Strength below which a tie is weak. */
  threshold: number;
  weakCount: number;
  strongCount: number;
  histogram: HistogramBin[];
  /** Per edge id, strength in [0, 1]. */
  strength: Float64Array;
  /** Per edge id, 1 when weak. */
  weak: Uint8Array;
  /** Per edge id, common neighbours of the endpoints. */
  embeddedness: Float64Array;
  /** Per edge id, neighbourhood overlap (Onnela et al. 2007). */
  overlap: Float64Array;
}

export interface CommunitySize {
  community: number;
  label: string;
  size: number;
}

export interface CommunitySection {
  method: string;
  provenance: Provenance;
  /** "ground-truth" (labels from the input) or "detected" (`detectCommunities`). */
  source: "ground-truth" | "detected";
  count: number;
  /** Modularity of `membership` with the graph's own weights (NaN without edges). */
  modularity: number;
  sizes: CommunitySize[];
  /** Per node index, community id 0..count-1 (ids by decreasing size). */
  membership: Int32Array;
  /** Community id -> label. */
  labels: string[];
  /** Per node index, the community `detectCommunities` found (equals `membership` without ground truth). */
  detectedMembership: Int32Array;
  /** With ground truth: the detected partition and how well it matches (`comparePartitions`). */
  comparison: { detectedCount: number; detectedModularity: number; nmi: number; ari: number } | null;
}

/** Why a tie counts as a weak-tie bridge. */
export const BRIDGE_REASONS = ["local-bridge", "cross-community", "weak", "cut-edge"] as const;
export type BridgeReason = (typeof BRIDGE_REASONS)[number];

/** The reasons of a bit set (bit k = BRIDGE_REASONS[k]). */
export function reasonsOf(mask: number): BridgeReason[] {
  return BRIDGE_REASONS.filter((_, k) => (mask & (1 << k)) !== 0);
}

export interface BridgeRow {
  edge: number;
  source: string;
  target: string;
  strength: number;
  embeddedness: number;
  score: number;
  reasons: BridgeReason[];
  /** weakTieBridges' reasons in words, strongest first (span, communities joined, betweenness, strength, overlap). */
  explanation: string[];
}

export interface BridgeSection {
  method: string;
  provenance: Provenance;
  count: number;
  /** Top bridges, best first. */
  top: BridgeRow[];
  /** Per edge id, a bit set of reasons (bit k = BRIDGE_REASONS[k]); 0 = not a bridge. */
  reasons: Uint8Array;
}

export interface PercolationPoint {
  /** Fraction of ties removed. */
  removed: number;
  /** Largest component as a fraction of nodes. */
  largest: number;
  /** Susceptibility: sum over the other components of size² / n (peaks at the transition). */
  susceptibility: number;
}

export interface PercolationSection {
  method: string;
  provenance: Provenance;
  weakFirst: PercolationPoint[];
  strongFirst: PercolationPoint[];
}

/** The connector kinds of `classifyConnectors`, indexed by its `kindCode` (0 none, 1 mega, 2 power, 3 power-mega). */
export const CONNECTOR_KINDS = ["none", "mega", "power", "power-mega"] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export interface ConnectorRow {
  node: string;
  label: string;
  kind: ConnectorKind;
  degree: number;
  strongTies: number;
  weakShare: number;
  /** Distinct communities among the person's strong contacts. */
  strongCommunities: number;
  megaScore: number;
  powerScore: number;
  /** Introductions across a structural hole the person can make (pairs of strong contacts). */
  introductions: number;
}

export interface ConnectorSection {
  method: string;
  provenance: Provenance;
  counts: Record<ConnectorKind, number>;
  /** Score cut-offs used (`ConnectorsResult.cutoffs`). */
  cutoffs: { mega: number; power: number; megaWeakShare: number; minStrongCommunities: number };
  /** Power connectors (kind power or power-mega), highest power score first. */
  power: ConnectorRow[];
  /** Mega connectors (kind mega or power-mega), highest mega score first. */
  mega: ConnectorRow[];
  /** Per node index, `classifyConnectors`' kindCode (index into CONNECTOR_KINDS). */
  kind: Uint8Array;
  /** Per node index: Σ (1 − strength) over the person's ties. */
  megaScore: Float64Array;
  /** Per node index: trusted introductions across communities, each weighted by its weaker tie. */
  powerScore: Float64Array;
}

export interface RoleSection {
  method: string;
  provenance: Provenance;
  /** Per node index, Guimerà–Amaral role name (R1..R7). */
  role: string[];
  /** Per node index, within-module degree z-score. */
  withinZ: Float64Array;
  /** Per node index, participation coefficient in [0, 1]. */
  participation: Float64Array;
  counts: Record<string, number>;
}

/** The quadrants of `scoreEngagementReach`. */
export const QUADRANTS = ["power", "broadcaster", "engaged-core", "quiet"] as const;

export interface EngagementPoint {
  node: string;
  label: string;
  reach: number;
  extendedReach: number;
  engagedAudience: number;
  engagementRate: number;
  quadrant: string;
}

export interface EngagementSection {
  method: string;
  provenance: Provenance;
  /** Radius of `extendedReach`. */
  hops: number;
  /** How extendedReach was counted: "exact" or "hyperball" (an estimate). */
  reachMethod: "exact" | "hyperball";
  /** Quadrant cut-offs (`cutoffs.reach`, `cutoffs.engagementRate`): high when at least these. */
  reachSplit: number;
  engagementSplit: number;
  /** Tie strength from which an audience member counts as engaged. */
  minStrength: number;
  quadrantCounts: Record<string, number>;
  /** Points drawn on the scatter (all nodes, or a sample on big graphs). */
  points: EngagementPoint[];
  sampled: boolean;
  /** Per node index: audience size (direct). */
  reach: Float64Array;
  /** Per node index: people within `hops` hops. */
  extendedReach: Float64Array;
  /** Per node index: sum of the audience's tie strengths. */
  engagedAudience: Float64Array;
  /** Per node index: audience members tied at least `minStrength`. */
  engagedCount: Float64Array;
  engagementRate: Float64Array;
  trust: Float64Array;
  influence: Float64Array;
  /** Per node index, one of QUADRANTS. */
  quadrant: readonly string[];
}

export interface DunbarLayer {
  /** 1-based layer number; the one after the last nominal size holds the contacts beyond 150. */
  layer: number;
  /** Nominal cumulative size (5, 15, 50, 150), or null for the contacts beyond the last. */
  nominal: number | null;
  members: { node: string; label: string; strength: number }[];
}

export interface DunbarSection {
  method: string;
  provenance: Provenance;
  ego: string;
  egoLabel: string;
  layers: DunbarLayer[];
}

export interface IntroductionSection {
  method: string;
  provenance: Provenance;
  from: string;
  to: string;
  found: boolean;
  /** Path from `from` to `to`, each hop with the strength of the tie taken to reach it. */
  path: { node: string; label: string; tieStrength: number | null }[];
  /** Product of tie strengths along the path (the chance every introduction is made). */
  warmth: number;
  /** The weakest hop of the path (null when there is no hop). */
  weakestLink: { from: string; to: string; strength: number } | null;
}

export interface ReportModel {
  meta: {
    tool: "tiescope";
    version: string;
    name: string;
    format: string;
    seed: number;
    notes: string[];
    /** Sections still computed by interim stand-ins, each with its planned function. */
    interim: { section: string; plannedFunction: string }[];
  };
  stats: GraphStats;
  interactions: InteractionSummary | null;
  /** Node keys and display names by node index. */
  keys: string[];
  labels: string[];
  degree: Float64Array;
  strength: Float64Array;
  ties: TieSection;
  communities: CommunitySection;
  bridges: BridgeSection;
  percolation: PercolationSection;
  connectors: ConnectorSection;
  roles: RoleSection;
  engagement: EngagementSection;
  dunbar: DunbarSection;
  introduction: IntroductionSection;
}
