/**
 * `ReportModel`: everything the report shows, computed once by `analyze` and consumed by every
 * writer (summary.json, ties.csv, people.csv) and by the page. Per-node and per-edge columns are
 * typed arrays indexed by node index / edge id; everything else is plain JSON. Sections that
 * come from interim computations carry `method` strings saying so; their shapes are the ones
 * the planned capability functions return, so wiring them in changes `analyze.ts` only.
 */

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
  /** "ground-truth" (labels from the input), "detected", or "components" (interim fallback). */
  source: "ground-truth" | "detected" | "components";
  count: number;
  modularity: number;
  sizes: CommunitySize[];
  /** Per node index, community id 0..count-1 (ids by decreasing size). */
  membership: Int32Array;
  /** Community id -> label. */
  labels: string[];
}

/** Why a tie counts as a weak-tie bridge. */
export const BRIDGE_REASONS = ["local-bridge", "cross-community", "weak", "cut-edge"] as const;
export type BridgeReason = (typeof BRIDGE_REASONS)[number];

export interface BridgeRow {
  edge: number;
  source: string;
  target: string;
  strength: number;
  embeddedness: number;
  score: number;
  reasons: BridgeReason[];
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
}

export interface PercolationSection {
  method: string;
  provenance: Provenance;
  weakFirst: PercolationPoint[];
  strongFirst: PercolationPoint[];
}

export const CONNECTOR_KINDS = ["power", "mega", "both", "neither"] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export interface ConnectorRow {
  node: string;
  label: string;
  kind: ConnectorKind;
  degree: number;
  strongTies: number;
  weakShare: number;
  communitiesReached: number;
}

export interface ConnectorSection {
  method: string;
  provenance: Provenance;
  counts: Record<ConnectorKind, number>;
  power: ConnectorRow[];
  mega: ConnectorRow[];
  /** Per node index, index into CONNECTOR_KINDS. */
  kind: Uint8Array;
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

export interface EngagementPoint {
  node: string;
  label: string;
  reach: number;
  engaged: number;
  engagementRate: number;
  quadrant: string;
}

export interface EngagementSection {
  method: string;
  provenance: Provenance;
  hops: number;
  /** Quadrant split: median reach and median engagement rate. */
  reachSplit: number;
  engagementSplit: number;
  /** Points drawn on the scatter (all nodes, or a sample on big graphs). */
  points: EngagementPoint[];
  sampled: boolean;
  reach: Float64Array;
  engaged: Float64Array;
  engagementRate: Float64Array;
  influence: Float64Array;
}

export interface DunbarLayer {
  layer: number;
  /** Nominal cumulative size (5, 15, 50, 150). */
  nominal: number;
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
  interactions: { events: number; channels: string[]; firstTime: number | null; lastTime: number | null } | null;
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
