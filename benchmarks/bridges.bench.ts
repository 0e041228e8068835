/**
 * Bridges and brokerage benchmarks (run: `npx tsx benchmarks/bridges.bench.ts`; `--quick` for a
 * smaller run). The script re-runs itself under fixed Node flags so every contender shares them:
 * --max-semi-space-size=64 (graphology is allocation-heavy, see ../shared/REFERENCES.md),
 * --max-old-space-size=16000 and --expose-gc.
 *
 * 1. findBridges, articulationPoints and localBridges on a 1M-node / ~10M-edge planted graph:
 *    time and memory (ArrayBuffer bytes allocated during the call, no GC in between). No JS peer
 *    ships bridges or local bridges (graphology's standard library has neither).
 * 2. Exact betweenness on a 10k-node / ~100k-edge planted graph versus graphology-metrics
 *    betweenness (unweighted, unnormalised), with the largest difference between the two.
 *    Ours runs once before and twice after graphology (median of 3); graphology runs once.
 *    Quality of the estimates next to it: Riondato-Kornaropoulos (epsilon 0.01) and 500 pivots,
 *    as the largest error against the exact normalised values.
 * 3. approximateBetweenness with epsilon 0.01 on a ~1M-edge planted graph.
 *
 * Writes benchmarks/results/bridges.json and docs/performance-bridges.md. Timings come from a
 * shared 2-core machine (the load average is recorded); ratios in the same run matter.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import graphologyBetweenness from "graphology-metrics/centrality/betweenness.js";
import {
  approximateBetweenness,
  articulationPoints,
  betweenness,
  edgeBetweenness,
  findBridges,
  localBridges,
  plantedSocialNetwork,
} from "../src/index.js";

const FLAGS = ["--max-semi-space-size=64", "--max-old-space-size=16000", "--expose-gc"];
const self = fileURLToPath(import.meta.url);
if (!process.env.TIESCOPE_BENCH_CHILD) {
  execFileSync(process.execPath, [...FLAGS, "--import", "tsx", self, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TIESCOPE_BENCH_CHILD: "1" },
  });
  process.exit(0);
}

const quick = process.argv.includes("--quick");
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (b: number): number => Math.round(b / 1048576);
const sec = (ms: number): number => Math.round(ms) / 1000;
/** Runs `f`, returning its result, its time and the ArrayBuffer bytes allocated meanwhile. */
function measure<T>(f: () => T): { result: T; ms: number; allocated: number } {
  gc();
  const before = process.memoryUsage().arrayBuffers;
  const t = performance.now();
  const result = f();
  const ms = performance.now() - t;
  return { result, ms, allocated: process.memoryUsage().arrayBuffers - before };
}
const log = (s: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

const env = {
  node: process.version,
  flags: FLAGS.join(" "),
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  date: new Date().toISOString(),
  quick,
};
log(`node ${env.node}, flags ${env.flags}, load ${env.loadAverageAtStart.join(" ")}`);

// 1. Bridges and local bridges on a big planted graph
const bigN = quick ? 100_000 : 1_000_000;
let t0 = performance.now();
const { graph: big } = plantedSocialNetwork({ n: bigN, averageDegree: 21.6, seed: 1 });
const genMs = performance.now() - t0;
gc();
const graphBytes = process.memoryUsage().arrayBuffers;
log(`planted graph: ${big.order} nodes, ${big.size} edges (built in ${sec(genMs)} s, ${mb(graphBytes)} MB of typed arrays)`);
const bridgeRuns = [0, 1, 2].map(() => measure(() => findBridges(big)));
log(`findBridges: ${bridgeRuns.map((r) => sec(r.ms)).join(", ")} s; ${bridgeRuns[0]!.result.count} bridges`);
const apRuns = [0, 1, 2].map(() => measure(() => articulationPoints(big)));
log(`articulationPoints: ${apRuns.map((r) => sec(r.ms)).join(", ")} s; ${apRuns[0]!.result.count} points`);
const local = measure(() => localBridges(big));
const spans = new Map<number, number>();
for (const s of local.result.span) spans.set(s, (spans.get(s) ?? 0) + 1);
log(`localBridges: ${sec(local.ms)} s; ${local.result.count} local bridges; spans ${JSON.stringify([...spans.entries()].sort((a, b) => a[0] - b[0]))}`);
const bigResults = {
  graph: { nodes: big.order, edges: big.size, buildSeconds: sec(genMs), typedArrayMB: mb(graphBytes) },
  findBridges: { medianSeconds: sec(median(bridgeRuns.map((r) => r.ms))), runs: bridgeRuns.map((r) => sec(r.ms)), allocatedMB: mb(bridgeRuns[0]!.allocated), bridges: bridgeRuns[0]!.result.count, components: bridgeRuns[0]!.result.components },
  articulationPoints: { medianSeconds: sec(median(apRuns.map((r) => r.ms))), runs: apRuns.map((r) => sec(r.ms)), allocatedMB: mb(apRuns[0]!.allocated), points: apRuns[0]!.result.count },
  localBridges: { seconds: sec(local.ms), allocatedMB: mb(local.allocated), localBridges: local.result.count, spans: Object.fromEntries([...spans.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v])) },
};

// 2. Exact betweenness versus graphology-metrics
const midN = quick ? 2_000 : 10_000;
const { graph: mid } = plantedSocialNetwork({ n: midN, averageDegree: 23, seed: 1 });
log(`betweenness graph: ${mid.order} nodes, ${mid.size} edges`);
const gg = mid.toGraphology();
const oursRuns: number[] = [];
let ours = measure(() => betweenness(mid, { normalized: false }));
oursRuns.push(ours.ms);
log(`tiescope betweenness: ${sec(ours.ms)} s`);
const peer = measure(() => graphologyBetweenness(gg, { normalized: false, getEdgeWeight: null }) as Record<string, number>);
log(`graphology-metrics betweenness: ${sec(peer.ms)} s`);
for (let rep = 0; rep < 2; rep++) {
  ours = measure(() => betweenness(mid, { normalized: false }));
  oursRuns.push(ours.ms);
  log(`tiescope betweenness (again): ${sec(ours.ms)} s`);
}
let maxDiff = 0;
let maxValue = 0;
for (let i = 0; i < mid.order; i++) {
  maxDiff = Math.max(maxDiff, Math.abs(ours.result.values[i]! - peer.result[mid.key(i)]!));
  maxValue = Math.max(maxValue, ours.result.values[i]!);
}
const edgeRun = measure(() => edgeBetweenness(mid, { normalized: false }));
log(`tiescope edgeBetweenness: ${sec(edgeRun.ms)} s`);
const exactNorm = betweenness(mid).values;
const errorOf = (values: Float64Array): number => {
  let worst = 0;
  for (let i = 0; i < mid.order; i++) worst = Math.max(worst, Math.abs(values[i]! - exactNorm[i]!));
  return worst;
};
const rkMid = measure(() => approximateBetweenness(mid, { epsilon: 0.01, seed: 1 }));
const pivots = measure(() => betweenness(mid, { pivots: 500, seed: 1 }));
log(`approximate on the same graph: RK ${sec(rkMid.ms)} s (${rkMid.result.samples} samples, max error ${errorOf(rkMid.result.values).toExponential(2)}); 500 pivots ${sec(pivots.ms)} s (max error ${errorOf(pivots.result.values).toExponential(2)})`);
const oursMedian = median(oursRuns);
const midResults = {
  graph: { nodes: mid.order, edges: mid.size },
  tiescope: { medianSeconds: sec(oursMedian), runs: oursRuns.map(sec) },
  graphology: { seconds: sec(peer.ms), options: "{ normalized: false, getEdgeWeight: null }" },
  speedup: +(peer.ms / oursMedian).toFixed(2),
  maxAbsDifference: maxDiff,
  maxBetweenness: maxValue,
  edgeBetweenness: { tiescopeSeconds: sec(edgeRun.ms), note: "graphology edge betweenness not run (about 440 s on such a graph, ../shared/REFERENCES.md)" },
  approximate: {
    riondatoKornaropoulos: { epsilon: 0.01, delta: 0.1, samples: rkMid.result.samples, vertexDiameterBound: rkMid.result.vertexDiameter, seconds: sec(rkMid.ms), maxError: errorOf(rkMid.result.values) },
    pivots: { pivots: 500, seconds: sec(pivots.ms), maxError: errorOf(pivots.result.values) },
  },
};

// 3. Approximate betweenness on a ~1M-edge graph
const apxN = quick ? 20_000 : 100_000;
const { graph: apx } = plantedSocialNetwork({ n: apxN, averageDegree: 21.6, seed: 2 });
const rk = measure(() => approximateBetweenness(apx, { epsilon: 0.01, delta: 0.1, seed: 1 }));
let top = 0;
for (let i = 1; i < apx.order; i++) if (rk.result.values[i]! > rk.result.values[top]!) top = i;
log(`approximateBetweenness (epsilon 0.01) on ${apx.order} nodes / ${apx.size} edges: ${sec(rk.ms)} s, ${rk.result.samples} samples, vertex-diameter bound ${rk.result.vertexDiameter}, top node ${top} at ${rk.result.values[top]!.toFixed(4)}`);
const apxResults = {
  graph: { nodes: apx.order, edges: apx.size },
  epsilon: 0.01,
  delta: 0.1,
  seconds: sec(rk.ms),
  samples: rk.result.samples,
  vertexDiameterBound: rk.result.vertexDiameter,
  top: { node: top, betweenness: rk.result.values[top]! },
};

const results = { env: { ...env, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)) }, bridges: bigResults, betweenness: midResults, approximate: apxResults };
const root = new URL("../", import.meta.url);
mkdirSync(new URL("benchmarks/results/", root), { recursive: true });
writeFileSync(new URL(`benchmarks/results/bridges${quick ? "-quick" : ""}.json`, root), JSON.stringify(results, null, 2) + "\n");

const md = `# Performance: bridges, betweenness and structural holes

Generated by \`npx tsx benchmarks/bridges.bench.ts\`${quick ? " --quick" : ""} on ${env.date.slice(0, 10)}: Node ${env.node}, flags \`${env.flags}\` for every contender,
${env.platform}, a shared 2-core machine (load average ${env.loadAverageAtStart.join(" / ")} at start, ${results.env.loadAverageAtEnd.join(" / ")} at end):
absolute times are inflated by other work; the ratios from the same run matter.

## Bridges and local bridges (planted graph, ${big.order.toLocaleString("en")} nodes, ${big.size.toLocaleString("en")} edges)

| function | time (median of runs) | ArrayBuffer allocated | result |
|---|---|---|---|
| \`findBridges\` | ${bigResults.findBridges.medianSeconds} s (${bigResults.findBridges.runs.join(", ")}) | ${bigResults.findBridges.allocatedMB} MB | ${bigResults.findBridges.bridges} bridges, ${bigResults.findBridges.components} components |
| \`articulationPoints\` | ${bigResults.articulationPoints.medianSeconds} s (${bigResults.articulationPoints.runs.join(", ")}) | ${bigResults.articulationPoints.allocatedMB} MB | ${bigResults.articulationPoints.points} articulation points |
| \`localBridges\` (hops) | ${bigResults.localBridges.seconds} s (one run) | ${bigResults.localBridges.allocatedMB} MB | ${bigResults.localBridges.localBridges} local bridges; spans ${Object.entries(bigResults.localBridges.spans).map(([k, v]) => `${k}: ${v}`).join(", ")} |

The graph itself takes ${bigResults.graph.typedArrayMB} MB of typed arrays (built in ${bigResults.graph.buildSeconds} s). No JavaScript peer ships
bridges or local bridges, so there is no side-by-side column here.

## Exact betweenness (planted graph, ${mid.order.toLocaleString("en")} nodes, ${mid.size.toLocaleString("en")} edges, unweighted, unnormalised)

| contender | time | speed-up | largest difference |
|---|---|---|---|
| tiescope \`betweenness\` | ${midResults.tiescope.medianSeconds} s (median of ${midResults.tiescope.runs.join(", ")}) | ${midResults.speedup}x | ${maxDiff.toExponential(2)} (largest value ${maxValue.toFixed(1)}) |
| graphology-metrics \`betweenness\` | ${midResults.graphology.seconds} s (one run) | 1x | |
| tiescope \`edgeBetweenness\` | ${midResults.edgeBetweenness.tiescopeSeconds} s | | graphology's edge betweenness not run (~440 s here) |

Estimates on the same graph, error = largest |estimate − exact normalised betweenness|:

| estimate | time | error |
|---|---|---|
| \`approximateBetweenness\` ε = 0.01, δ = 0.1 (${midResults.approximate.riondatoKornaropoulos.samples} samples, VD ≤ ${midResults.approximate.riondatoKornaropoulos.vertexDiameterBound}) | ${midResults.approximate.riondatoKornaropoulos.seconds} s | ${midResults.approximate.riondatoKornaropoulos.maxError.toExponential(2)} |
| \`betweenness({ pivots: 500 })\` | ${midResults.approximate.pivots.seconds} s | ${midResults.approximate.pivots.maxError.toExponential(2)} |

## Approximate betweenness on ${apx.size.toLocaleString("en")} edges (${apx.order.toLocaleString("en")} nodes)

\`approximateBetweenness(g, { epsilon: 0.01, delta: 0.1 })\`: ${apxResults.seconds} s, ${apxResults.samples} sampled shortest paths (vertex-diameter bound ${apxResults.vertexDiameterBound}).
`;
mkdirSync(new URL("docs/", root), { recursive: true });
if (!quick) writeFileSync(new URL("docs/performance-bridges.md", root), md);
log("wrote benchmarks/results and docs/performance-bridges.md");
