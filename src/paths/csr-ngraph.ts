/**
 * A read-only ngraph.graph view of a {@link SocialGraph}'s CSR arrays, for ngraph.path
 * (A. Kashcha, https://github.com/anvaka/ngraph.path). Nothing is copied: `forEachLinkedNode`
 * walks the node's CSR row, node objects `{ id }` are created lazily the first time a search
 * touches a node (and reused by later searches), and one link object is reused for every
 * callback (ngraph.path reads it synchronously inside the callback). Internal.
 */
import type { SocialGraph } from "../graph/social-graph.js";

/** The node shape ngraph.path reads (`id`; `links` and `data` are unused). @internal */
export interface CsrPathNode {
  readonly id: number;
  readonly links: null;
  readonly data: undefined;
}

/** The link shape ngraph.path reads; `id` is the tiescope edge id. @internal */
export interface CsrPathLink {
  id: number;
  fromId: number;
  toId: number;
  data: undefined;
}

/** @internal */
export class CsrPathGraph {
  private readonly nodes: (CsrPathNode | undefined)[];
  private readonly link: CsrPathLink = { id: -1, fromId: -1, toId: -1, data: undefined };
  /** Endpoints of the current query: never skipped by `blocked`. */
  source = -1;
  target = -1;

  constructor(
    private readonly g: SocialGraph,
    /** Per edge id: the cost of crossing it; `Infinity` marks an unusable edge. */
    readonly cost: Float64Array,
    /** Per node index: 1 when the node must not be used as an intermediary. */
    private readonly blocked: Uint8Array | null,
  ) {
    this.nodes = new Array<CsrPathNode | undefined>(g.order);
  }

  getNode(id: number): CsrPathNode | undefined {
    if (!(id >= 0 && id < this.g.order)) return undefined;
    let node = this.nodes[id];
    if (!node) {
      node = { id, links: null, data: undefined };
      this.nodes[id] = node;
    }
    return node;
  }

  /** Calls `callback(neighbour, link)` for each usable (out-)neighbour; stops when it returns true. */
  forEachLinkedNode(id: number, callback: (node: CsrPathNode, link: CsrPathLink) => unknown): boolean {
    const { offsets, targets, edgeIds } = this.g;
    const { cost, blocked, link } = this;
    for (let h = offsets[id]!; h < offsets[id + 1]!; h++) {
      const j = targets[h]!;
      const e = edgeIds[h]!;
      if (j === id || cost[e] === Infinity) continue;
      if (blocked && blocked[j] && j !== this.source && j !== this.target) continue;
      link.id = e;
      link.fromId = id;
      link.toId = j;
      if (callback(this.getNode(j)!, link)) return true;
    }
    return false;
  }
}
