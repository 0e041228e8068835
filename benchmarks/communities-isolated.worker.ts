/**
 * One contender, one graph, in a fresh process: `warm` calls, then `runs` timed calls (seeds
 * 1..runs), printing `{ ms: [...], cpuMs: [...], coldMs, q, k }` as JSON, where `coldMs` is the
 * first call of the process (code not yet optimised: what a one-shot script pays). No other contender's data is
 * alive in this process, so garbage collection only ever scans the contender's own heap.
 * Usage: node --import tsx benchmarks/communities-isolated.worker.ts <contender> <graph> <runs> <warm>
 */
import { existsSync, readFileSync } from "node:fs";
import louvain from "graphology-communities-louvain";
import { Random, SocialGraph, detectCommunities, modularity, plantedSocialNetwork } from "../src/index.js";

const [contender = "louvain", graphName = "planted-100k", runsArg = "5", warmArg = "1"] = process.argv.slice(2);
const root = new URL("../", import.meta.url);
const dataDir = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../shared/data/", root);

function load(name: string): SocialGraph {
  if (name === "planted-10k") return plantedSocialNetwork({ n: 10_000, averageDegree: 20, mixing: 0.3, seed: 1 }).graph;
  if (name === "planted-100k") return plantedSocialNetwork({ n: 100_000, averageDegree: 20, mixing: 0.3, seed: 1 }).graph;
  if (name === "musae") {
    const url = new URL("musae-facebook/musae_facebook_edges.csv", dataDir);
    if (!existsSync(url)) throw new Error("musae-facebook not found");
    const lines = readFileSync(url, "utf8").split("\n").slice(1).filter((l) => l.length > 0);
    const s = Int32Array.from(lines, (l) => Number(l.split(",")[0]));
    const t = Int32Array.from(lines, (l) => Number(l.split(",")[1]));
    return SocialGraph.fromArrays(s, t, null, { selfLoops: "ignore" });
  }
  throw new Error(`unknown graph ${name}`);
}

const g = load(graphName);
const gg = contender === "graphology" ? g.toGraphology() : null;
function run(seed: number): { q: number; k: number } {
  if (gg) {
    const rng = new Random(seed);
    const res = louvain.detailed(gg, { getEdgeWeight: "weight", rng: () => rng.next() });
    return { q: modularity(g, new Map(Object.entries(res.communities))), k: res.count };
  }
  const algorithm = contender === "leiden" ? "leiden" : "louvain";
  const p = detectCommunities(g, { algorithm, seed });
  return { q: p.modularity, k: p.count };
}

let coldMs = NaN;
for (let w = 0; w < Number(warmArg); w++) {
  const t = performance.now();
  run(1000 + w);
  if (w === 0) coldMs = performance.now() - t;
}
const ms: number[] = [];
const cpuMs: number[] = [];
let last = { q: 0, k: 0 };
for (let r = 1; r <= Number(runsArg); r++) {
  const c = process.cpuUsage();
  const t = performance.now();
  last = run(r);
  ms.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpuMs.push((d.user + d.system) / 1000);
}
console.log(JSON.stringify({ contender, graph: graphName, nodes: g.order, edges: g.size, ms, cpuMs, coldMs, q: last.q, k: last.k }));
