/**
 * The network view: which nodes and ties the page draws, where (ForceAtlas2 computed here in
 * Node from seeded random starting positions, so the same seed draws the same picture), how big
 * (engaged audience) and in which colour (community). Above `maxNodes` the view keeps the nodes
 * with the largest engaged audience (then strength) and says so.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { Random } from "../util/random.js";
import type { SocialGraph } from "../graph/social-graph.js";
import { checkpoint } from "./errors.js";
import type { ReportModel } from "./model.js";

/** At most this many ties are drawn (bridges first, then the strongest). */
export const MAX_DRAWN_EDGES = 40_000;

export interface NetworkView {
  /** Drawn nodes: key, label, x, y, size, community (parallel arrays). */
  key: string[];
  label: string[];
  x: number[];
  y: number[];
  size: number[];
  community: number[];
  /** Drawn ties: indices into the drawn nodes, bridge flag, strength. */
  source: number[];
  target: number[];
  bridge: number[];
  strength: number[];
  sampled: boolean;
  /** Draw ties as arrows (source -> target). */
  directed: boolean;
  /** What the view leaves out, when it does. */
  note: string | null;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** Rotates positions so the layout's principal axis is horizontal (the view is wider than tall). */
function landscape(graph: Graph): void {
  let n = 0;
  let mx = 0;
  let my = 0;
  graph.forEachNode((_, a) => {
    mx += a.x as number;
    my += a.y as number;
    n++;
  });
  if (n < 2) return;
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  graph.forEachNode((_, a) => {
    const dx = (a.x as number) - mx;
    const dy = (a.y as number) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  });
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const c = Math.cos(-angle);
  const s = Math.sin(-angle);
  graph.updateEachNodeAttributes((_, a) => {
    const dx = (a.x as number) - mx;
    const dy = (a.y as number) - my;
    return { ...a, x: dx * c - dy * s, y: dx * s + dy * c };
  });
}

export async function buildNetworkView(
  g: SocialGraph,
  model: ReportModel,
  options: { maxNodes: number; seed: number; signal?: AbortSignal | undefined; onProgress?: ((f: number) => void) | undefined },
): Promise<NetworkView> {
  const n = g.order;
  const engaged = model.engagement.engagedAudience;
  let ids: number[];
  const sampled = n > options.maxNodes;
  if (sampled) {
    ids = Array.from({ length: n }, (_, i) => i)
      .sort((a, b) => engaged[b]! - engaged[a]! || model.strength[b]! - model.strength[a]! || a - b)
      .slice(0, options.maxNodes)
      .sort((a, b) => a - b);
  } else ids = Array.from({ length: n }, (_, i) => i);
  const local = new Int32Array(n).fill(-1);
  ids.forEach((i, k) => (local[i] = k));
  let edges: number[] = [];
  for (let e = 0; e < g.size; e++) if (local[g.edgeSources[e]!]! >= 0 && local[g.edgeTargets[e]!]! >= 0 && g.edgeSources[e] !== g.edgeTargets[e]) edges.push(e);
  const totalInduced = edges.length;
  if (edges.length > MAX_DRAWN_EDGES) {
    const r = model.bridges.reasons;
    const s = model.ties.strength;
    edges = edges.sort((a, b) => (r[b]! ? 1 : 0) - (r[a]! ? 1 : 0) || s[b]! - s[a]! || a - b).slice(0, MAX_DRAWN_EDGES);
  }
  const graph = new Graph({ type: "undirected", multi: false });
  const rng = new Random(options.seed);
  const spread = Math.sqrt(ids.length) * 10;
  ids.forEach((_, k) => graph.addNode(String(k), { x: (rng.nextDouble() - 0.5) * spread, y: (rng.nextDouble() - 0.5) * spread }));
  for (const e of edges) {
    const a = String(local[g.edgeSources[e]!]);
    const b = String(local[g.edgeTargets[e]!]);
    if (!graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: 0.1 + model.ties.strength[e]! });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: ids.length > 500 };
  const iterations = ids.length <= 500 ? 300 : ids.length <= 2000 ? 150 : 80;
  const chunk = 10;
  for (let it = 0; it < iterations; it += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - it), settings, getEdgeWeight: "weight" });
    options.onProgress?.(it / iterations);
    await checkpoint(options.signal);
  }
  landscape(graph);
  let maxEngaged = 1;
  for (const i of ids) if (engaged[i]! > maxEngaged) maxEngaged = engaged[i]!;
  const view: NetworkView = { key: [], label: [], x: [], y: [], size: [], community: [], source: [], target: [], bridge: [], strength: [], sampled, directed: g.directed, note: null };
  ids.forEach((i, k) => {
    const a = graph.getNodeAttributes(String(k));
    view.key.push(model.keys[i]!);
    view.label.push(model.labels[i]!);
    view.x.push(round(a.x as number));
    view.y.push(round(a.y as number));
    view.size.push(round(3 + 12 * Math.sqrt(engaged[i]! / maxEngaged)));
    view.community.push(model.communities.membership[i]!);
  });
  for (const e of edges) {
    view.source.push(local[g.edgeSources[e]!]!);
    view.target.push(local[g.edgeTargets[e]!]!);
    view.bridge.push(model.bridges.reasons[e]! ? 1 : 0);
    view.strength.push(round(model.ties.strength[e]!));
  }
  const parts: string[] = [];
  if (sampled) parts.push(`showing the ${ids.length.toLocaleString("en")} people with the largest engaged audience out of ${n.toLocaleString("en")}`);
  if (totalInduced > edges.length) parts.push(`${edges.length.toLocaleString("en")} of their ${totalInduced.toLocaleString("en")} ties (bridges first, then the strongest)`);
  view.note = parts.length > 0 ? `Sampled view: ${parts.join("; ")}. Every figure, table and CSV covers the whole network.` : null;
  return view;
}
