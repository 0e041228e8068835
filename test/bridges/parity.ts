/** Shared loaders for the NetworkX parity fixtures of test/fixtures/bridges (see scripts/fixtures/bridges.py). */
import type { SocialGraph } from "../../src/index.js";
import { fixtureGraph, readFixture, type GraphFixture } from "../helpers/fixtures.js";

export const UNDIRECTED = [
  "karate",
  "karate-weighted",
  "football",
  "dolphins",
  "lesmis",
  "tree-plus-0",
  "tree-plus-1",
  "tree-plus-2",
  "gnp-0",
  "gnp-1",
  "caveman",
  "barbell",
  "grid-20",
] as const;
export const DIRECTED = ["digraph-0", "digraph-1", "digraph-dense"] as const;
/** Fixtures that carry weighted expectations. */
export const WEIGHTED = new Set(["karate-weighted", "lesmis", "tree-plus-0", "tree-plus-1", "tree-plus-2", "gnp-0", "gnp-1", "digraph-0", "digraph-1", "digraph-dense"]);

export function load(name: string): { f: GraphFixture; g: SocialGraph } {
  const f = readFixture("bridges", name);
  return { f, g: fixtureGraph(f) };
}

/** Edge id of a fixture pair. */
export function edgeOf(g: SocialGraph, u: string, v: string): number {
  return g.edgeId(g.index(u), g.index(v));
}

/** JSON null (NetworkX inf/NaN) back to a number. */
export function inf(x: number | null): number {
  return x === null ? Infinity : x;
}
