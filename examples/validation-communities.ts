/**
 * Real-data validation of community detection (docs/validation-communities.md).
 *
 *   npx tsx examples/validation-communities.ts
 *
 * 1. email-Eu-core (SNAP; ../shared/data/email-eu-core): 1,005 people, directed emails, 42
 *    departments. Modularity and agreement (NMI, ARI) with the departments, for the directed graph
 *    (Leicht–Newman modularity) and its symmetrisation, against NetworkX 3.6.1's Louvain on the same
 *    graphs (reference values below, from the Python snippet in docs/validation-communities.md).
 * 2. The classic graphs (test/fixtures/communities, embedded from ../shared/data/classic-communities):
 *    best of 10 seeds against the best known modularity from the literature.
 *
 * Data folder: $TIESCOPE_DATA, default ../shared/data relative to the repository root.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SocialGraph, comparePartitions, detectCommunities, modularity, toUndirected, type CommunityAlgorithm } from "../src/index.js";
import { fixtureGraph, readFixture } from "../test/helpers/fixtures.js";

const root = new URL("../", import.meta.url);
const data = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../shared/data/", root);
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, data)), "utf8");

// NetworkX 3.6.1 on the same graphs: louvain_communities(seed=0..4), best modularity, its NMI.
const NX = {
  departmentsDirected: 0.2990949557684897,
  departmentsUndirected: 0.28801318862374214,
  louvainDirected: { modularity: 0.42750322947336106, nmi: 0.586804656469671, communities: 27 }, // seed 0
  louvainUndirected: { modularity: 0.41613806151762467, nmi: 0.5964784922324939, communities: 27 }, // best of seeds 0..4
  // asyn_lpa_communities(seed=0..4) on the undirected graph: four seeds give one giant label (Q = 0).
  lpaUndirected: { modularity: 0.07913564089012473, nmi: 0.14547392767232842, communities: 21 },
};

// 1. email-Eu-core
const labels = new Int32Array(1005);
for (const line of read("email-eu-core/email-Eu-core-department-labels.txt").trim().split("\n")) {
  const [node, dept] = line.split(" ").map(Number);
  labels[node!] = dept!;
}
const arcs = read("email-eu-core/email-Eu-core.txt").trim().split("\n");
const src = new Int32Array(arcs.length);
const dst = new Int32Array(arcs.length);
arcs.forEach((line, k) => {
  const [a, b] = line.split(" ").map(Number);
  src[k] = a!;
  dst[k] = b!;
});
const directed = SocialGraph.fromArrays(src, dst, null, { directed: true, order: 1005, selfLoops: "ignore" });
const undirected = toUndirected(directed);
console.log(`email-Eu-core: ${directed.order} nodes, ${directed.size} arcs (${directed.buildReport.selfLoopsIgnored} self-loops left out), ${undirected.size} undirected edges`);

const table: Record<string, string | number>[] = [];
table.push({
  graph: "directed",
  method: "departments (ground truth)",
  modularity: modularity(directed, labels).toFixed(4),
  networkx: NX.departmentsDirected.toFixed(4),
  nmi: 1,
  ari: 1,
  communities: 42,
});
table.push({
  graph: "undirected",
  method: "departments (ground truth)",
  modularity: modularity(undirected, labels).toFixed(4),
  networkx: NX.departmentsUndirected.toFixed(4),
  nmi: 1,
  ari: 1,
  communities: 42,
});
for (const [name, g] of [["directed", directed], ["undirected", undirected]] as const) {
  for (const algorithm of ["leiden", "louvain", "label-propagation"] as CommunityAlgorithm[]) {
    const runs = [0, 1, 2, 3, 4].map((seed) => detectCommunities(g, { algorithm, seed }));
    const best = runs.reduce((a, b) => (b.modularity > a.modularity ? b : a));
    const cmp = comparePartitions(best, labels);
    const ref = algorithm === "label-propagation" ? NX.lpaUndirected : name === "directed" ? NX.louvainDirected : NX.louvainUndirected;
    table.push({
      graph: name,
      method: `${algorithm} (best of seeds 0-4)`,
      modularity: best.modularity.toFixed(4),
      networkx: algorithm === "label-propagation" && name === "directed" ? "" : `${ref.modularity.toFixed(4)} (NMI ${ref.nmi.toFixed(3)}, ${ref.communities})`,
      nmi: cmp.nmi.toFixed(3),
      ari: cmp.ari.toFixed(3),
      communities: best.count,
    });
  }
}
console.table(table);

// 2. Classic graphs
const KNOWN: [string, boolean, number][] = [
  ["karate", false, 0.4198],
  ["dolphins", false, 0.5285],
  ["football", false, 0.6046],
  ["polbooks", false, 0.5272],
  ["lesmis", false, 0.56],
  ["lesmis", true, NaN],
];
const classic: Record<string, string | number>[] = [];
for (const [name, weighted, known] of KNOWN) {
  const g = fixtureGraph(readFixture("communities", name), { weighted });
  const row: Record<string, string | number> = { graph: `${name}${weighted ? " (weighted)" : ""}`, known: Number.isNaN(known) ? "" : known.toFixed(4) };
  for (const algorithm of ["leiden", "louvain"] as const) {
    const best = [...Array(10).keys()].map((seed) => detectCommunities(g, { algorithm, seed })).reduce((a, b) => (b.modularity > a.modularity ? b : a));
    row[algorithm] = `${best.modularity.toFixed(4)} (${best.count})`;
  }
  classic.push(row);
}
console.table(classic);
