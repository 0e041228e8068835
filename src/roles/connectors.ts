/**
 * Power connectors versus mega connectors.
 *
 * K. Ferrazzi ("Never Eat Alone", 2005; "Who's Got Your Back", 2009) distinguishes the *mega
 * connector*, who knows a huge number of people superficially (many ties, mostly weak: good for
 * search reach, little else), from the *power connector*, who has real, trusted relationships
 * in several distinct worlds and can introduce people to each other who will trust the
 * introduction. The scores below make those words measurable with Granovetter's tie strength
 * (M. Granovetter, "The strength of weak ties", Am. J. Sociol. 78(6):1360–1380, 1973,
 * doi:10.1086/225469) and Burt's brokerage across structural holes (R. S. Burt, "Structural
 * holes and good ideas", Am. J. Sociol. 110(2):349–399, 2004, doi:10.1086/421787): an
 * introduction is worth something when it spans a structural hole (the two people are not tied
 * and sit in different communities) and both sides trust the broker (strong ties).
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveMembership, type CommunityLabel, type MembershipInput } from "../graph/membership.js";
import type { TieStrengthLike } from "../ties/types.js";
import { TiescopeError } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import type { LongRunningOptions } from "../util/progress.js";
import { connectorScores } from "./connector-scores.js";
import { quantileOf } from "../util/quantile.js";
import { strongTieView } from "./symmetrise.js";
import { resolveTies } from "../ties/resolve-ties.js";

/** What kind of connector a node is. */
export type ConnectorKind = "power" | "mega" | "power-mega" | "none";

const KINDS: readonly ConnectorKind[] = ["none", "mega", "power", "power-mega"];

/** Cut-offs of {@link classifyConnectors}: quantiles relative to the graph, overridable by absolute scores. */
export interface ConnectorThresholds {
  /** A mega connector's megaScore is at least this quantile of the megaScores of all nodes with a tie. Default 0.95 (top 5%). */
  megaQuantile?: number;
  /** ... and at least this share of its ties are weak ("mostly weak"). Default 0.5. */
  megaWeakShare?: number;
  /** A power connector's powerScore is at least this quantile of the power candidates' powerScores. Default 0.95. */
  powerQuantile?: number;
  /** Power candidates: powerScore > 0 and strong ties into at least this many communities. Default 2. */
  minStrongCommunities?: number;
  /** An absolute megaScore cut-off replacing the quantile. Default `null`. */
  mega?: number | null;
  /** An absolute powerScore cut-off replacing the quantile. Default `null`. */
  power?: number | null;
}

/** The defaults of {@link ConnectorThresholds}. */
export const CONNECTOR_THRESHOLDS_DEFAULTS: Readonly<Required<ConnectorThresholds>> = Object.freeze({
  megaQuantile: 0.95,
  megaWeakShare: 0.5,
  powerQuantile: 0.95,
  minStrongCommunities: 2,
  mega: null,
  power: null,
});

/** Options of {@link classifyConnectors}. */
export interface ClassifyConnectorsOptions extends LongRunningOptions {
  /** Tie strengths and the weak/strong split (required): an `estimateTieStrength` result or any {@link TieStrengthLike}. */
  ties?: TieStrengthLike;
  /** Communities (required): a `Partition`, a membership array, or a `Map` / object key -> label. */
  partition?: MembershipInput;
  /** Cut-offs; see {@link CONNECTOR_THRESHOLDS_DEFAULTS}. */
  thresholds?: ConnectorThresholds;
}

/** The defaults of {@link classifyConnectors}. */
export const CLASSIFY_CONNECTORS_DEFAULTS: Readonly<ClassifyConnectorsOptions> = Object.freeze({
  ties: undefined,
  partition: undefined,
  thresholds: undefined,
  onProgress: undefined,
  signal: undefined,
});

/** One node's row of a {@link ConnectorsResult}. */
export interface ConnectorRow {
  key: string;
  kind: ConnectorKind;
  degree: number;
  strongTies: number;
  weakShare: number;
  megaScore: number;
  powerScore: number;
  introductions: number;
  strongCommunities: number;
  /** The labels of the communities reached through strong ties. */
  strongCommunityLabels: CommunityLabel[];
  community: CommunityLabel;
}

/** The result of {@link classifyConnectors}: arrays by node index plus accessors. */
export interface ConnectorsResult {
  /** Σ_j (1 − s_ij): the size of the network, each contact counted by how weak the tie is. */
  readonly megaScore: Float64Array;
  /** Σ min(s_ij, s_ik) over the introductions the node can make. */
  readonly powerScore: Float64Array;
  /** The number of such introductions (pairs of strong contacts). */
  readonly introductions: Float64Array;
  /** The number of distinct communities among the node's strong contacts. */
  readonly strongCommunities: Int32Array;
  /** The share of the node's ties that are weak, in [0, 1]. */
  readonly weakShare: Float64Array;
  /** 0 none, 1 mega, 2 power, 3 power-mega, by node index (see {@link ConnectorKind}). */
  readonly kindCode: Uint8Array;
  /** The cut-offs used: the score thresholds that were computed (or given) and the rest. */
  readonly cutoffs: Readonly<{ mega: number; power: number; megaWeakShare: number; minStrongCommunities: number }>;
  /** The kind of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  kind(key: string | number): ConnectorKind;
  /** The row of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  get(key: string | number): ConnectorRow;
  /** One plain object per node, in index order. */
  rows(): ConnectorRow[];
  /** The `limit` (default 10) rows with the highest `"power"` or `"mega"` score, best first (ties by index). */
  top(by: "power" | "mega", limit?: number): ConnectorRow[];
  /** Writes each node's kind into the node attribute `attribute` (default `"connector"`) of a graphology graph with the same keys. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Tells power connectors from mega connectors.
 *
 * For node i with contacts j, tie strengths s_ij in [0, 1] and strong contacts S_i (ties not
 * flagged weak), in communities c(·):
 * - **megaScore** = Σ_j (1 − s_ij): the size of the network discounted by how weak the ties are
 *   (a contact counts fully when the tie has strength 0, not at all when it has strength 1);
 * - **powerScore** = Σ min(s_ij, s_ik) over the unordered pairs {j, k} ⊂ S_i with c(j) ≠ c(k) and
 *   no tie between j and k: the trusted introductions i can make across a structural hole, each
 *   weighted by the weaker of the two ties (an introduction is as trusted as its weaker side);
 * - **introductions** = the number of such pairs; **strongCommunities** = |{c(j) : j ∈ S_i}|.
 *
 * **kind**, with cut-offs relative to the graph:
 * - `"mega"`: megaScore at least the `megaQuantile` (default 0.95: the top 5%) quantile of the
 *   megaScores of all nodes with a tie, and mostly weak ties (weak share ≥ `megaWeakShare`,
 *   default 0.5): a large network of people the node does not really know;
 * - `"power"`: among the brokers (powerScore > 0 and strong ties into at least
 *   `minStrongCommunities`, default 2, communities), a powerScore at least the `powerQuantile`
 *   (default 0.95) quantile of the brokers' powerScores (most nodes broker nothing, so the
 *   quantile is taken among those who do);
 * - `"power-mega"` when both hold, `"none"` otherwise. Quantiles interpolate linearly (numpy's
 *   default); `thresholds.mega` / `thresholds.power` replace them with absolute scores, and
 *   `result.cutoffs` reports the values used.
 *
 * A directed graph is read as its symmetrisation: one tie per pair joined by an arc either way,
 * with the stronger arc's strength, strong when either arc is. Self-loops are ignored.
 *
 * @returns scores by node index, `kind(key)`, `get(key)`, `rows()`, `top(by, limit)`, `assign(graph)`.
 * @throws TiescopeError `INVALID_OPTION` (missing `ties` / `partition`, a threshold out of
 *   range), `UNKNOWN_OPTION`, `LENGTH_MISMATCH`, `INVALID_WEIGHT` (a strength outside [0, 1]),
 *   `INVALID_PARTITION`, `UNKNOWN_NODE`, `ABORTED`.
 * @example
 * ```ts
 * const people = classifyConnectors(g, { ties, partition });
 * people.top("power", 3).map((r) => r.key); // the three best brokers of trusted introductions
 * people.kind("alice"); // "power"
 * ```
 *
 * Complexity O(Σ_i d_i log d_i + Σ_{strong ties (i,j)} d_j) time, O(n + m) memory: pairs of
 * contacts are counted per community, never enumerated.
 *
 * Degenerate cases: an isolated node has every score 0 and kind `"none"`; with fewer than two
 * communities no node has a powerScore above 0, so none is a power connector.
 *
 * References: Granovetter (1973) doi:10.1086/225469; Burt (2004) doi:10.1086/421787; Ferrazzi's
 * power vs mega connector, stated above in words.
 */
export function classifyConnectors(g: SocialGraph, options?: ClassifyConnectorsOptions): ConnectorsResult {
  const fn = "classifyConnectors";
  const o = resolveOptions(fn, options, CLASSIFY_CONNECTORS_DEFAULTS);
  const ties = resolveTies(fn, g, o.ties);
  if (o.partition === undefined) throw new TiescopeError("INVALID_OPTION", `${fn}: option partition is required`, { option: "partition" });
  const { membership, count, labels } = resolveMembership(fn, g, o.partition);
  const th = resolveOptions(`${fn} thresholds`, o.thresholds, CONNECTOR_THRESHOLDS_DEFAULTS);
  const megaQuantile = checkNumber(fn, "thresholds.megaQuantile", th.megaQuantile, { min: 0, max: 1 });
  const powerQuantile = checkNumber(fn, "thresholds.powerQuantile", th.powerQuantile, { min: 0, max: 1 });
  const megaWeakShare = checkNumber(fn, "thresholds.megaWeakShare", th.megaWeakShare, { min: 0, max: 1 });
  const minStrong = checkNumber(fn, "thresholds.minStrongCommunities", th.minStrongCommunities, { min: 0, integer: true });
  if (th.mega !== null) checkNumber(fn, "thresholds.mega", th.mega, { min: 0 });
  if (th.power !== null) checkNumber(fn, "thresholds.power", th.power, { min: 0 });

  const { graph: u, strength, strong } = strongTieView(g, ties);
  const s = connectorScores(u, strength, strong, membership, count, fn, o.signal, o.onProgress);

  // Mega: a top megaScore among everyone with a tie, and mostly weak ties. Power: a top powerScore
  // among the brokers (powerScore > 0 across >= minStrong communities).
  const n = g.order;
  const active = new Uint8Array(n);
  const powerCandidate = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    active[i] = s.degree[i]! > 0 ? 1 : 0;
    powerCandidate[i] = s.powerScore[i]! > 0 && s.strongCommunities[i]! >= minStrong ? 1 : 0;
  }
  const megaCut = th.mega ?? quantileOf(s.megaScore, active, megaQuantile);
  const powerCut = th.power ?? quantileOf(s.powerScore, powerCandidate, powerQuantile);
  const kindCode = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const mega = active[i] === 1 && s.megaScore[i]! > 0 && s.megaScore[i]! >= megaCut && s.weakShare[i]! >= megaWeakShare;
    const power = powerCandidate[i] === 1 && s.powerScore[i]! >= powerCut;
    kindCode[i] = (mega ? 1 : 0) | (power ? 2 : 0);
  }

  const row = (i: number): ConnectorRow => {
    const reached = new Set<number>();
    for (let h = u.offsets[i]!; h < u.offsets[i + 1]!; h++) {
      const j = u.targets[h]!;
      if (j !== i && strong[u.edgeIds[h]!]) reached.add(membership[j]!);
    }
    return {
      key: g.key(i),
      kind: KINDS[kindCode[i]!]!,
      degree: s.degree[i]!,
      strongTies: s.strongTies[i]!,
      weakShare: s.weakShare[i]!,
      megaScore: s.megaScore[i]!,
      powerScore: s.powerScore[i]!,
      introductions: s.introductions[i]!,
      strongCommunities: s.strongCommunities[i]!,
      strongCommunityLabels: Array.from(reached).sort((a, b) => a - b).map((c) => labels[c]!),
      community: labels[membership[i]!]!,
    };
  };
  const ranked = (by: "power" | "mega"): Int32Array => {
    const score = by === "power" ? s.powerScore : s.megaScore;
    return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  };
  return {
    megaScore: s.megaScore,
    powerScore: s.powerScore,
    introductions: s.introductions,
    strongCommunities: s.strongCommunities,
    weakShare: s.weakShare,
    kindCode,
    cutoffs: Object.freeze({ mega: megaCut, power: powerCut, megaWeakShare, minStrongCommunities: minStrong }),
    kind: (key) => KINDS[kindCode[g.index(key)]!]!,
    get: (key) => row(g.index(key)),
    rows: () => Array.from({ length: n }, (_, i) => row(i)),
    top(by, limit = 10) {
      checkNumber(`${fn}.top`, "limit", limit, { min: 0, integer: true });
      if (by !== "power" && by !== "mega") throw new TiescopeError("INVALID_OPTION", `${fn}.top: by must be "power" or "mega"`);
      return Array.from(ranked(by).subarray(0, Math.min(limit, n)), (i) => row(i));
    },
    assign(graph, attribute = "connector") {
      for (let i = 0; i < n; i++) graph.setNodeAttribute(g.key(i), attribute, KINDS[kindCode[i]!]!);
    },
  };
}
