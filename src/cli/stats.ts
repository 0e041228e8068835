/** Whole-graph figures for the report's header. */
import type { SocialGraph } from "../graph/social-graph.js";
import type { GraphStats } from "./model.js";

/** Union-find over node indices with path halving; `largest` tracks the biggest set size. */
class UnionFind {
  readonly parent: Int32Array;
  readonly size: Int32Array;
  largest = 1;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    if (n === 0) this.largest = 0;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    if (this.size[ra]! > this.largest) this.largest = this.size[ra]!;
  }
}

/**
 * `degree` is each node's `g.degree` (out plus in on a directed graph). `undirected` is `g`
 * itself or its symmetrised view (directed input), with its per-edge embeddedness: triangles and
 * transitivity ignore direction, as in NetworkX's `transitivity` on `G.to_undirected()`.
 */
export function graphStats(g: SocialGraph, degree: Float64Array, undirected: SocialGraph, embeddedness: Float64Array): GraphStats {
  const n = g.order;
  const m = g.size;
  const uf = new UnionFind(n);
  for (let e = 0; e < m; e++) uf.union(g.edgeSources[e]!, g.edgeTargets[e]!);
  let components = 0;
  let isolates = 0;
  let maxDegree = 0;
  let degreeSum = 0;
  let triples = 0;
  for (let i = 0; i < n; i++) {
    if (uf.find(i) === i) components++;
    const d = degree[i]!;
    if (d === 0) isolates++;
    if (d > maxDegree) maxDegree = d;
    degreeSum += d;
    const k = undirected.offsets[i + 1]! - undirected.offsets[i]!;
    triples += (k * (k - 1)) / 2;
  }
  let closed = 0;
  for (let e = 0; e < undirected.size; e++) closed += embeddedness[e]!;
  const triangles = closed / 3;
  const pairs = g.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  return {
    nodes: n,
    edges: m,
    directed: g.directed,
    weighted: g.weighted,
    density: pairs > 0 ? m / pairs : 0,
    totalWeight: g.totalWeight(),
    meanDegree: n > 0 ? degreeSum / n : 0,
    maxDegree,
    isolates,
    components,
    largestComponent: n > 0 ? uf.largest : 0,
    triangles,
    transitivity: triples > 0 ? (3 * triangles) / triples : 0,
    selfLoopsIgnored: g.buildReport.selfLoopsIgnored,
    parallelEdgesMerged: g.buildReport.parallelEdgesMerged,
  };
}
