/**
 * Real-data validation of the bridges capability on SNAP email-Eu-core (run:
 * `npx tsx examples/validation-bridges.ts`; data from $TIESCOPE_DATA or ../shared/data).
 *
 * 1. approximateBetweenness stays within epsilon of exact betweenness for at least 95 of 100
 *    seeds (directed graph, and its undirected symmetrisation).
 * 2. The weak-tie bridges between departments (departments as communities, structure only).
 * Prints expected-vs-measured tables (copied to docs/validation-bridges.md).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SocialGraph, approximateBetweenness, betweenness, findBridges, localBridges, structuralHoles, toUndirected, weakTieBridges } from "../src/index.js";

const data = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../../shared/data/", import.meta.url);
const read = (name: string): string => readFileSync(fileURLToPath(new URL(name, data)), "utf8");
const pairs = read("email-eu-core/email-Eu-core.txt").trim().split("\n").map((l) => l.split(" ") as [string, string]);
const labels = new Map(read("email-eu-core/email-Eu-core-department-labels.txt").trim().split("\n").map((l) => l.split(" ") as [string, string]));
const directed = SocialGraph.fromEdges(pairs, { directed: true, nodes: [...labels.keys()] });
const undirected = toUndirected(directed);
console.log(`email-Eu-core: ${directed.order} nodes, ${directed.size} arcs (${directed.buildReport.selfLoopsIgnored} self-loops ignored), ${undirected.size} undirected edges`);

console.log("\n| graph | epsilon | delta | samples | seeds within epsilon (expected >= 95 of 100) | worst error | mean time per run |");
console.log("|---|---|---|---|---|---|---|");
for (const [name, g] of [["directed", directed], ["undirected", undirected]] as const) {
  const exact = betweenness(g).values;
  for (const epsilon of [0.05, 0.02]) {
    let ok = 0;
    let worstAll = 0;
    let samples = 0;
    const t = performance.now();
    for (let seed = 0; seed < 100; seed++) {
      const est = approximateBetweenness(g, { epsilon, delta: 0.1, seed });
      samples = est.samples;
      let worst = 0;
      for (let i = 0; i < g.order; i++) worst = Math.max(worst, Math.abs(est.values[i]! - exact[i]!));
      if (worst <= epsilon) ok++;
      worstAll = Math.max(worstAll, worst);
    }
    const ms = (performance.now() - t) / 100;
    console.log(`| ${name} | ${epsilon} | 0.1 | ${samples} | ${ok} | ${worstAll.toFixed(4)} | ${ms.toFixed(0)} ms |`);
  }
}

const dept: Record<string, string> = Object.fromEntries(labels);
const bridges = findBridges(undirected);
const local = localBridges(undirected);
const ranked = weakTieBridges(undirected, { partition: dept });
console.log(`\nundirected: ${bridges.count} global bridges, ${local.count} local bridges, ${ranked.count} ranked weak-tie bridges (local bridges or cross-department ties; no tie strengths)`);
console.log("\n| tie | score | reasons |");
console.log("|---|---|---|");
for (const r of ranked.rows(8)) console.log(`| ${r.source}-${r.target} | ${r.score.toFixed(3)} | ${r.reasons.join("; ")} |`);
const holes = structuralHoles(undirected);
const brokers = Array.from({ length: undirected.order }, (_, i) => i)
  .filter((i) => !Number.isNaN(holes.constraint[i]!))
  .sort((a, b) => holes.constraint[a]! - holes.constraint[b]!)
  .slice(0, 5);
console.log("\n| person | department | contacts | constraint | effective size | hierarchy |");
console.log("|---|---|---|---|---|---|");
for (const i of brokers) console.log(`| ${undirected.key(i)} | ${dept[undirected.key(i)]} | ${undirected.degree(i)} | ${holes.constraint[i]!.toFixed(4)} | ${holes.effectiveSize[i]!.toFixed(1)} | ${holes.hierarchy[i]!.toFixed(3)} |`);
