/**
 * The report's weak-tie bridges: `weakTieBridges` with the tie strengths and the communities.
 * It needs an undirected graph, so a directed one is read as its symmetrisation (`toUndirected`;
 * bridges, overlap and the unweighted betweenness depend on the pairs only):
 * one tie per pair, with the stronger arc's strength, weak when that is below the threshold;
 * every arc then carries the reasons of its pair.
 */
import { weakTieBridges } from "../../bridges/weak-tie-bridges.js";
import type { SocialGraph } from "../../graph/social-graph.js";
import type { TieStrengthLike } from "../../ties/types.js";
import { BRIDGE_REASONS, reasonsOf, type BridgeReason, type BridgeRow, type BridgeSection } from "../model.js";

/** Above this many people, edge betweenness is estimated from {@link pivotsFor} seeded pivots. */
export const EXACT_BETWEENNESS_LIMIT = 5_000;

/**
 * Pivots for edge betweenness above {@link EXACT_BETWEENNESS_LIMIT} people: as many as fit in
 * about 5·10⁷ steps of breadth-first search (one pivot costs n + m), between 100 and 500.
 * musae-facebook (22,470 + 170,823) gets 258; Higgs retweets (256,491 + 328,132) 100.
 */
export function pivotsFor(n: number, m: number): number | null {
  if (n <= EXACT_BETWEENNESS_LIMIT) return null;
  return Math.max(100, Math.min(500, Math.floor(5e7 / (n + m))));
}

const bit = (r: BridgeReason): number => 1 << BRIDGE_REASONS.indexOf(r);

export interface BridgesOptions {
  ties: TieStrengthLike;
  membership: Int32Array;
  /** Community id -> label, for the reasons in words. */
  labels: readonly string[];
  /** `g` itself, or its symmetrisation when `g` is directed. */
  undirected: SocialGraph;
  /** Per edge of `undirected`: common neighbours of its ends. */
  undirectedEmbeddedness: Float64Array;
  seed: number;
  top: number;
  signal?: AbortSignal | undefined;
}

export function bridgesSection(g: SocialGraph, o: BridgesOptions): { section: BridgeSection; note: string | null } {
  const u = o.undirected;
  let ties = o.ties;
  // pairOf[e]: the undirected edge of arc e (identity when g is undirected); arcOf[f]: one arc of pair f.
  let pairOf: Int32Array | null = null;
  const arcOf = new Int32Array(u.size).fill(-1);
  if (g.directed) {
    pairOf = new Int32Array(g.size);
    const strength = new Float64Array(u.size);
    for (let e = 0; e < g.size; e++) {
      const f = u.edgeId(g.edgeSources[e]!, g.edgeTargets[e]!);
      pairOf[e] = f;
      if (f < 0) continue; // a self-loop, which toUndirected leaves out
      if (arcOf[f] === -1) arcOf[f] = e;
      strength[f] = Math.max(strength[f]!, o.ties.strength[e]!);
    }
    const weak = Uint8Array.from(strength, (s) => (s < o.ties.threshold ? 1 : 0));
    ties = { strength, weak, threshold: o.ties.threshold };
  } else for (let f = 0; f < u.size; f++) arcOf[f] = f;
  const pivots = pivotsFor(u.order, u.size);
  const partition = new Map<string, string>();
  for (let i = 0; i < u.order; i++) partition.set(u.key(i), o.labels[o.membership[i]!]!);
  const result = weakTieBridges(u, { ties, partition, pivots, seed: o.seed, signal: o.signal });
  const rows = result.rows();
  const pairReasons = new Uint8Array(u.size);
  for (const r of rows) {
    pairReasons[r.edge] =
      (r.localBridge ? bit("local-bridge") : 0) | (r.crossesCommunities ? bit("cross-community") : 0) | (r.weak ? bit("weak") : 0) | (r.globalBridge ? bit("cut-edge") : 0);
  }
  const reasons = pairOf ? Uint8Array.from(pairOf, (f) => (f >= 0 ? pairReasons[f]! : 0)) : pairReasons;
  const top: BridgeRow[] = rows.slice(0, o.top).map((r) => ({
    edge: arcOf[r.edge]!,
    source: r.source,
    target: r.target,
    strength: r.strength ?? 0,
    embeddedness: o.undirectedEmbeddedness[r.edge]!,
    score: r.score,
    reasons: reasonsOf(pairReasons[r.edge]!),
    explanation: r.reasons,
  }));
  const method = `weakTieBridges: weak ties that are local bridges or join two communities, scored by (1 − strength) · (1 − overlap) · edge betweenness · crossing${g.directed ? "; arcs read as pairs (toUndirected), with the stronger arc's strength" : ""}`;
  const note = pivots ? `weak-tie bridge scores use edge betweenness estimated from ${pivots} seeded pivots (exact up to ${EXACT_BETWEENNESS_LIMIT.toLocaleString("en")} people)` : null;
  return { section: { method, provenance: "library", count: result.count, top, reasons }, note };
}

