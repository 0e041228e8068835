/**
 * Graph construction: tiescope's typed-array path (`SocialGraph.fromArrays`), its row path
 * (`SocialGraph.fromEdges`) and graphology (`mergeEdge` per row) on the same distinct edges,
 * each contender in a fresh Node process under the same flags. Below 10M edges the first builds
 * warm the JIT and are discarded (6 at 100k edges, 1 at 1M); the time is the median of the other
 * builds. At 10M edges one cold build is measured. Prints and writes the medians.
 *
 * Usage: npx tsx benchmarks/graph-build.bench.ts [--quick]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

const quick = process.argv.includes("--quick");
const FLAGS = ["--expose-gc", "--max-old-space-size=20000", "--max-semi-space-size=64"];
const ALL = ["arrays", "rows", "graphology", "planted"];
// `warm` builds run first and are discarded (V8 needs a few calls to optimise the builders).
const plan: { m: number; runs: number; warm: number }[] = quick
  ? [{ m: 100_000, runs: 5, warm: 5 }]
  : [
      { m: 100_000, runs: 9, warm: 6 },
      { m: 1_000_000, runs: 5, warm: 1 },
      { m: 10_000_000, runs: 1, warm: 0 },
    ];

interface Sample {
  contender: string;
  m: number;
  edges: number;
  ms: number[];
  bytes: number;
}
const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

const results: { m: number; edges: number; contender: string; ms: number; bytesPerEdge: number; runs: number }[] = [];
for (const { m, runs, warm } of plan) {
  for (const contender of ALL) {
    const out = execFileSync(process.execPath, [...FLAGS, "--import", "tsx", "benchmarks/graph-build.worker.ts", contender, String(m), String(runs + warm)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const sample = JSON.parse(out.trim().split("\n").pop()!) as Sample;
    const times = sample.ms.slice(warm);
    const row = { m: sample.m, edges: sample.edges, contender, ms: median(times), bytesPerEdge: sample.bytes / sample.edges, runs };
    results.push(row);
    console.log(`${row.m} edges  ${contender.padEnd(10)} ${row.ms.toFixed(1).padStart(9)} ms  ${row.bytesPerEdge.toFixed(1).padStart(6)} B/edge  (median of ${runs})`);
  }
}

const env = `Node ${process.version}, flags \`${FLAGS.join(" ")}\`, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
const label: Record<string, string> = {
  arrays: "tiescope `fromArrays`",
  rows: "tiescope `fromEdges` (rows)",
  graphology: "graphology `mergeEdge`",
  planted: "`plantedSocialNetwork` (generate + build)",
};
const lines = [
  `Graph construction, undirected weighted, distinct edges of a planted social network (${env}; time = median of the runs shown, after warm-up builds below 10M edges; memory = retained heap + array buffers after GC).`,
  "",
  "| edges | contender | time (ms) | bytes / edge | speed-up vs graphology | runs |",
  "|---:|---|---:|---:|---:|---:|",
];
for (const r of results) {
  const peer = results.find((x) => x.m === r.m && x.contender === "graphology");
  // The generator row is not a build of the same edges: no ratio for it.
  const ratio = peer && r.contender !== "planted" ? `${(peer.ms / r.ms).toFixed(1)}x` : "";
  lines.push(`| ${r.m.toLocaleString("en-US")} | ${label[r.contender]}${r.edges !== r.m ? ` (${r.edges.toLocaleString("en-US")} distinct edges)` : ""} | ${r.ms.toFixed(0)} | ${r.bytesPerEdge.toFixed(1)} | ${ratio} | ${r.runs} |`);
}
mkdirSync("benchmarks/results", { recursive: true });
writeFileSync("benchmarks/results/graph-build.json", JSON.stringify({ env, results }, null, 2) + "\n");
writeFileSync("docs/performance-graph.md", `# Graph construction\n\n${lines.join("\n")}\n`);
console.log("\n" + lines.join("\n"));
