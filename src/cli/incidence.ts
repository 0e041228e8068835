/**
 * Direction-agnostic incidence lists: for every node, each incident edge (out- and in-arcs on a
 * directed graph) with the node at its other end, for the report's own figures (degrees,
 * components, the default introduction ends). Built once per report.
 */
import type { SocialGraph } from "../graph/social-graph.js";

export interface Incidence {
  offsets: Int32Array;
  /** The node at the other end of each incidence. */
  other: Int32Array;
  /** The edge id of each incidence. */
  edge: Int32Array;
}

export function buildIncidence(g: SocialGraph): Incidence {
  if (!g.directed) return { offsets: g.offsets, other: g.targets, edge: g.edgeIds };
  const n = g.order;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + (g.offsets[i + 1]! - g.offsets[i]!) + (g.inOffsets[i + 1]! - g.inOffsets[i]!);
  const other = new Int32Array(offsets[n]!);
  const edge = new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    let p = offsets[i]!;
    for (let h = g.offsets[i]!; h < g.offsets[i + 1]!; h++, p++) {
      other[p] = g.targets[h]!;
      edge[p] = g.edgeIds[h]!;
    }
    for (let h = g.inOffsets[i]!; h < g.inOffsets[i + 1]!; h++, p++) {
      other[p] = g.inSources[h]!;
      edge[p] = g.inEdgeIds[h]!;
    }
  }
  return { offsets, other, edge };
}

/** Union-find over node indices with path halving; `largest` tracks the biggest set size. */
export class UnionFind {
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

