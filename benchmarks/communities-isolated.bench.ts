/**
 * Community detection with every contender in its own Node process (same flags): tiescope's
 * Louvain and Leiden (default options) against graphology-communities-louvain. The companion of
 * communities.bench.ts, whose single process keeps graphology's heap alive while tiescope runs.
 * The contenders take turns: each round starts one fresh process per contender, so a change in
 * the machine's load during the run falls on all of them alike; the samples of all rounds are
 * pooled. Each round times the next `runs` seeds (round r: seeds r·runs + 1 ..), so the medians
 * cover rounds × runs different seeds: the work of a call, and so the ratio between the
 * algorithms, depends on the seed. Prints medians and ratios; writes
 * benchmarks/results/communities-isolated.json.
 *
 *   npx tsx benchmarks/communities-isolated.bench.ts [--quick] [--rounds N]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

const quick = process.argv.includes("--quick");
const FLAGS = ["--max-old-space-size=8000"];
const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : quick ? 1 : 4;
// [graph, timed runs per process, warm-up runs per process]. Leiden has more code than Louvain
// for V8 to optimise: on the small graphs its calls settle after about 8 (Louvain's after 3), so
// 10 warm-up calls are given to every contender; the first call of each process is reported apart.
const graphs: [string, number, number][] = quick
  ? [["planted-10k", 7, 10]]
  : [
      ["planted-10k", 5, 10],
      ["musae", 5, 10],
      ["planted-100k", 3, 2],
    ];
const contenders = ["graphology", "louvain", "leiden"];
const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
interface Out {
  contender: string;
  graph: string;
  nodes: number;
  edges: number;
  ms: number[];
  cpuMs: number[];
  coldMs: number;
  q: number;
  k: number;
}
const results: (Out & { medianMs: number; medianCpuMs: number; coldMsAll: number[]; medianColdMs: number })[] = [];
console.log(`node ${process.version}, flags ${FLAGS.join(" ")}, ${os.cpus().length} cpus, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (const [graph, runs, warm] of graphs) {
  const pooled = new Map<string, Out & { coldMsAll: number[] }>();
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) {
      const text = execFileSync(process.execPath, [...FLAGS, "--import", "tsx", "benchmarks/communities-isolated.worker.ts", contender, graph, String(runs), String(warm), String(1 + round * runs)], {
        encoding: "utf8",
      });
      const out = JSON.parse(text.trim().split("\n").pop()!) as Out;
      const sofar = pooled.get(contender);
      if (sofar) {
        sofar.ms.push(...out.ms);
        sofar.cpuMs.push(...out.cpuMs);
        sofar.coldMsAll.push(out.coldMs);
      } else pooled.set(contender, { ...out, coldMsAll: [out.coldMs] });
    }
  }
  for (const contender of contenders) {
    const out = pooled.get(contender)!;
    const row = { ...out, medianMs: median(out.ms), medianCpuMs: median(out.cpuMs), medianColdMs: median(out.coldMsAll) };
    results.push(row);
    console.log(`${graph.padEnd(14)} ${contender.padEnd(11)} ${row.medianMs.toFixed(0).padStart(6)} ms (cpu ${row.medianCpuMs.toFixed(0)}, ${out.ms.length} runs; first call ${row.medianColdMs.toFixed(0)} ms)  Q ${row.q.toFixed(5)}  k ${row.k}`);
  }
}
console.log("\n| graph | contender | median ms | median CPU ms | vs graphology | vs tiescope Louvain | first call ms (vs Louvain) | modularity (last seed of the first round) |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|");
for (const r of results) {
  const peer = results.find((x) => x.graph === r.graph && x.contender === "graphology")!;
  const lv = results.find((x) => x.graph === r.graph && x.contender === "louvain")!;
  console.log(`| ${r.graph} (${r.nodes.toLocaleString("en-US")} nodes, ${r.edges.toLocaleString("en-US")} edges) | ${r.contender} | ${r.medianMs.toFixed(0)} | ${r.medianCpuMs.toFixed(0)} | ${(peer.medianMs / r.medianMs).toFixed(2)}x | ${(r.medianMs / lv.medianMs).toFixed(2)}x | ${r.medianColdMs.toFixed(0)} (${(r.medianColdMs / lv.medianColdMs).toFixed(2)}x) | ${r.q.toFixed(5)} |`);
}
mkdirSync("benchmarks/results", { recursive: true });
writeFileSync(
  "benchmarks/results/communities-isolated.json",
  JSON.stringify({ node: process.version, flags: FLAGS, rounds, load: os.loadavg(), date: new Date().toISOString(), results }, null, 2) + "\n",
);
