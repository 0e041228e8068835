/**
 * One contender, one graph, in a fresh process: `warm` calls, then `runs` timed calls (seeds
 * firstSeed .. firstSeed + runs − 1), printing `{ ms: [...], cpuMs: [...], coldMs, q, k }` as JSON, where `coldMs` is the
 * first call of the process (code not yet optimised: what a one-shot script pays). No other
 * contender's data is alive in this process, so garbage collection only ever scans the contender's own heap.
 * Usage: node --import tsx benchmarks/communities-isolated.worker.ts <contender> <graph> <runs> <warm> [firstSeed]
 */
import louvain from "graphology-communities-louvain";
import { Random, detectCommunities, modularity } from "../src/index.js";
import { loadCommunityGraph } from "./community-graphs.js";

const [contender = "louvain", graphName = "planted-100k", runsArg = "5", warmArg = "1", firstSeedArg = "1"] = process.argv.slice(2);
const g = loadCommunityGraph(graphName);
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
for (let r = Number(firstSeedArg), end = r + Number(runsArg); r < end; r++) {
  const c = process.cpuUsage();
  const t = performance.now();
  last = run(r);
  ms.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpuMs.push((d.user + d.system) / 1000);
}
console.log(JSON.stringify({ contender, graph: graphName, nodes: g.order, edges: g.size, ms, cpuMs, coldMs, q: last.q, k: last.k }));
