/** Loads parity fixtures written by scripts/fixtures/*.py (format documented in scripts/fixtures/classic.py). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SocialGraph } from "../../src/index.js";

export interface GraphFixture {
  name: string;
  directed: boolean;
  nodes: string[];
  edges: [string, string, number][];
  [expected: string]: unknown;
}

/** Reads `test/fixtures/<folder>/<name>.json`. */
export function readFixture<T = GraphFixture>(folder: string, name: string): T {
  const url = new URL(`../fixtures/${folder}/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as T;
}

/** Builds the fixture's graph with nodes in the fixture's order (so indices match NetworkX's node order). */
export function fixtureGraph(f: GraphFixture, { weighted = true }: { weighted?: boolean } = {}): SocialGraph {
  return SocialGraph.fromEdges(
    f.edges.map(([u, v, w]) => (weighted ? [u, v, w] : [u, v])) as [string, string, number?][],
    { directed: f.directed, nodes: f.nodes },
  );
}
