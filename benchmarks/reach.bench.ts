/**
 * Reach and activation benchmarks, tiescope against a graphology-based peer in the same process:
 * - exact 2-hop reach versus HyperBall on a 1M-edge planted graph (and a graphology BFS with a
 *   Set per source, timed on a sample of sources);
 * - HyperBall k-hop reach on a 1M-node / 10M-edge planted graph (time and memory; skipped with --quick);
 * - Monte Carlo cascades: runs per second, 1,000 independent-cascade runs on a 100k-edge graph,
 *   against a straightforward graphology implementation (Set of active nodes, Math.random);
 * - CELF influence maximisation: time and spread evaluations saved.
 *
 *   npx tsx benchmarks/reach.bench.ts [--quick]
 *
 * Results: benchmarks/results/reach.json and docs/performance-reach.md. Timings come from a shared
 * 2-core machine running other work: compare ratios, not absolute times.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import type Graph from "graphology";
import {
  Random,
  influenceMaximization,
  kHopReach,
  plantedSocialNetwork,
  simulateActivation,
  type SocialGraph,
} from "../src/index.js";

const quick = process.argv.includes("--quick");
const root = new URL("../", import.meta.url);
interface Row {
  section: string;
  graph: string;
  contender: string;
  runs: number;
  medianMs: number;
  ratio: number | null;
  quality: string;
}
const rows: Row[] = [];
const notes: string[] = [];

function time<T>(f: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t) / 1e6];
}
const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
function describe(g: SocialGraph): string {
  return `planted ${g.order.toLocaleString("en")} nodes / ${g.size.toLocaleString("en")} edges`;
}

/** The peer: breadth-first search to depth k with a Set per source over graphology's API. */
function graphologyReach(gg: Graph, source: string, hops: number): number {
  const seen = new Set<string>([source]);
  let frontier = [source];
  for (let d = 0; d < hops; d++) {
    const next: string[] = [];
    for (const u of frontier) gg.forEachNeighbor(u, (v) => void (!seen.has(v) && (seen.add(v), next.push(v))));
    frontier = next;
  }
  return seen.size - 1;
}

/** The peer: an independent cascade over graphology with a Set of active nodes. */
function graphologyCascade(gg: Graph, seeds: string[], p: number, rng: () => number): number {
  const active = new Set(seeds);
  let frontier = seeds.slice();
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const u of frontier) gg.forEachNeighbor(u, (v) => void (!active.has(v) && rng() < p && (active.add(v), next.push(v))));
    frontier = next;
  }
  return active.size;
}

function relativeErrors(est: Float64Array, exact: Float64Array): { mean: number; max: number } {
  let sum = 0;
  let max = 0;
  let count = 0;
  for (let i = 0; i < exact.length; i++) {
    if (exact[i]! < 1) continue;
    const r = Math.abs(est[i]! - exact[i]!) / exact[i]!;
    sum += r;
    max = Math.max(max, r);
    count++;
  }
  return { mean: sum / count, max };
}

function sectionExactVersusHyperBall(): void {
  const section = "2-hop reach, 1M edges";
  const { graph: g } = plantedSocialNetwork({ n: 100_000, averageDegree: 20, seed: 1 });
  const label = describe(g);
  const exactTimes: number[] = [];
  let exact: Float64Array = new Float64Array(0);
  for (let r = 0; r < 3; r++) {
    const [res, ms] = time(() => kHopReach(g, { hops: 2 }));
    exact = res.reach;
    exactTimes.push(ms);
  }
  let mean = 0;
  for (const x of exact) mean += x / exact.length;
  const exactMs = median(exactTimes);
  rows.push({ section, graph: label, contender: "tiescope exact (BFS, stamp array)", runs: 3, medianMs: exactMs, ratio: 1, quality: `exact; mean 2-hop reach ${mean.toFixed(0)}` });
  for (const log2m of [6, 8, 10]) {
    const times: number[] = [];
    let est: Float64Array = new Float64Array(0);
    const rounds = log2m === 10 ? 1 : 3;
    for (let r = 0; r < rounds; r++) {
      const [res, ms] = time(() => kHopReach(g, { hops: 2, method: "hyperball", log2m, seed: r }));
      est = res.reach;
      times.push(ms);
    }
    const e = relativeErrors(est, exact);
    const t = median(times);
    rows.push({
      section,
      graph: label,
      contender: `tiescope HyperBall log2m=${log2m} (${mb(2 * g.order * 2 ** log2m)} registers)`,
      runs: rounds,
      medianMs: t,
      ratio: t / exactMs,
      quality: `mean rel. error ${(100 * e.mean).toFixed(2)} %, max ${(100 * e.max).toFixed(1)} % (1.04/sqrt(m) = ${(104 / Math.sqrt(2 ** log2m)).toFixed(2)} %)`,
    });
  }
  const gg = g.toGraphology();
  const sample = 2000;
  const random = new Random(5);
  const sources = Array.from({ length: sample }, () => random.int(g.order));
  const peerTimes: number[] = [];
  let agree = 0;
  for (let r = 0; r < 3; r++) {
    const [, ms] = time(() => {
      for (const s of sources) if (graphologyReach(gg, String(s), 2) === exact[s]) agree++;
    });
    peerTimes.push((ms * g.order) / sample);
  }
  const peer = median(peerTimes);
  rows.push({
    section,
    graph: label,
    contender: `graphology BFS + Set per source (timed on ${sample} sources, scaled to all)`,
    runs: 3,
    medianMs: peer,
    ratio: peer / exactMs,
    quality: `${agree / 3} / ${sample} sources equal to tiescope exact`,
  });
  // k = 3: exact BFS on a sample of sources (scaled to all nodes) against HyperBall on every node.
  {
    const sample = 300;
    const random = new Random(8);
    const nodes = Array.from({ length: sample }, () => String(random.int(g.order)));
    const [ex, exMs] = time(() => kHopReach(g, { hops: 3, nodes }));
    const [hb, hbMs] = time(() => kHopReach(g, { hops: 3, method: "hyperball", log2m: 8, seed: 1 }));
    let sum = 0;
    let max = 0;
    let mean = 0;
    for (const k of nodes) {
      const i = Number(k);
      const rel = Math.abs(hb.reach[i]! - ex.reach[i]!) / Math.max(1, ex.reach[i]!);
      sum += rel / sample;
      max = Math.max(max, rel);
      mean += ex.reach[i]! / sample;
    }
    const scaled = (exMs * g.order) / sample;
    rows.push({ section: "3-hop reach, 1M edges", graph: label, contender: `tiescope exact (timed on ${sample} sources, scaled to all)`, runs: 1, medianMs: scaled, ratio: 1, quality: `exact; mean 3-hop reach ${mean.toFixed(0)}` });
    rows.push({
      section: "3-hop reach, 1M edges",
      graph: label,
      contender: `tiescope HyperBall log2m=8 (${mb(2 * g.order * 256)} registers), all nodes`,
      runs: 1,
      medianMs: hbMs,
      ratio: hbMs / scaled,
      quality: `on the sampled sources: mean rel. error ${(100 * sum).toFixed(2)} %, max ${(100 * max).toFixed(1)} % (1.04/sqrt(m) = 6.50 %)`,
    });
  }
}

function sectionBigHyperBall(): void {
  const section = "HyperBall, 1M nodes / 10M edges";
  const before = process.memoryUsage();
  const [planted, genMs] = time(() => plantedSocialNetwork({ n: 1_000_000, averageDegree: 20, seed: 3 }));
  const g = planted.graph;
  const afterGraph = process.memoryUsage();
  notes.push(`1M-node graph: generated and built in ${(genMs / 1000).toFixed(1)} s; graph arrays about ${mb(afterGraph.arrayBuffers - before.arrayBuffers)}.`);
  for (const [log2m, hops] of [[6, 2], [6, 3], [7, 2]] as const) {
    global.gc?.();
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const [res, ms] = time(() =>
      kHopReach(g, {
        hops,
        method: "hyperball",
        log2m,
        onProgress: () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss)),
      }),
    );
    let mean = 0;
    for (const x of res.reach) mean += x / g.order;
    rows.push({
      section,
      graph: describe(g),
      contender: `tiescope HyperBall log2m=${log2m}, k=${hops}`,
      runs: 1,
      medianMs: ms,
      ratio: null,
      quality: `mean ${hops}-hop reach ${mean.toFixed(0)}; registers 2 × n × 2^log2m = ${mb(2 * g.order * 2 ** log2m)}; process RSS ${mb(baseRss)} before, peak ${mb(peakRss)}`,
    });
  }
}

function sectionCascades(): void {
  const section = "cascades";
  const { graph: g } = plantedSocialNetwork({ n: 10_000, averageDegree: 23, seed: 4 });
  const label = describe(g);
  const random = new Random(9);
  const seeds = Array.from({ length: 10 }, () => String(random.int(g.order)));
  const gg = g.toGraphology();
  for (const p of [0.02, 0.05]) {
    const times: number[] = [];
    let final = 0;
    for (let r = 0; r < 3; r++) {
      const [res, ms] = time(() => simulateActivation(g, { seeds, probability: p, runs: 1000, seed: r }));
      final = res.finalReach;
      times.push(ms);
    }
    const t = median(times);
    rows.push({ section, graph: label, contender: `tiescope IC p=${p}, 1,000 runs`, runs: 3, medianMs: t, ratio: 1, quality: `mean final reach ${final.toFixed(0)}; ${(1000 / (t / 1000)).toFixed(0)} runs/s` });
    const peerTimes: number[] = [];
    let peerFinal = 0;
    for (let r = 0; r < 3; r++) {
      const rng = new Random(r);
      const [, ms] = time(() => {
        let s = 0;
        for (let k = 0; k < 100; k++) s += graphologyCascade(gg, seeds, p, () => rng.next());
        peerFinal = s / 100;
      });
      peerTimes.push(ms * 10);
    }
    const pt = median(peerTimes);
    rows.push({ section, graph: label, contender: `graphology IC (Set), p=${p}, 100 runs scaled to 1,000`, runs: 3, medianMs: pt, ratio: pt / t, quality: `mean final reach ${peerFinal.toFixed(0)}; ${(1000 / (pt / 1000)).toFixed(0)} runs/s` });
  }
  for (const [model, extra] of [["independent-cascade", {}], ["linear-threshold", {}], ["threshold", { threshold: 2 }]] as const) {
    const [res, ms] = time(() => simulateActivation(g, { seeds, model, runs: 1000, seed: 1, ...extra }));
    rows.push({
      section,
      graph: label,
      contender: `tiescope ${model}, tie strength from weights, 1,000 runs`,
      runs: 1,
      medianMs: ms,
      ratio: null,
      quality: `mean final reach ${res.finalReach.toFixed(0)}, time to half ${res.timeToHalf.toFixed(2)} steps; ${(1000 / (ms / 1000)).toFixed(0)} runs/s`,
    });
  }
}

function sectionCelf(): void {
  const { graph: g } = plantedSocialNetwork({ n: 2000, averageDegree: 10, seed: 6 });
  const [res, ms] = time(() => influenceMaximization(g, { k: 10, probability: 0.05, runs: 200, seed: 1 }));
  rows.push({
    section: "influence maximisation",
    graph: describe(g),
    contender: "tiescope CELF greedy, k=10, 200 runs per estimate",
    runs: 1,
    medianMs: ms,
    ratio: null,
    quality: `spread ${res.spread[9]!.toFixed(1)}; ${res.evaluations} spread estimates (plain greedy: ${g.order * 10 - 45})`,
  });
}

sectionExactVersusHyperBall();
if (!quick) sectionBigHyperBall();
sectionCascades();
sectionCelf();

const env = {
  node: process.version,
  flags: [...process.execArgv, process.env.NODE_OPTIONS ?? ""].filter(Boolean).join(" ") || "(none)",
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? "unknown",
  date: new Date().toISOString(),
  quick,
};
mkdirSync(new URL("benchmarks/results/", root), { recursive: true });
mkdirSync(new URL("docs/", root), { recursive: true });
writeFileSync(new URL("benchmarks/results/reach.json", root), JSON.stringify({ env, rows, notes }, null, 2) + "\n");
const md = [
  "# Performance: reach and activation",
  "",
  `Node ${env.node}, flags \`${env.flags}\`, ${env.cpus} × ${env.cpu}, ${env.date}. Every contender ran in the same process`,
  "under the same flags. The machine is shared with other work (2 cores): compare ratios, not absolute times.",
  "Generated by `npx tsx benchmarks/reach.bench.ts`; raw numbers in `benchmarks/results/reach.json`.",
  "",
  "| section | graph | contender | runs | median ms | ratio | quality |",
  "|---|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.section} | ${r.graph} | ${r.contender} | ${r.runs} | ${r.medianMs.toFixed(0)} | ${r.ratio === null ? "" : r.ratio.toFixed(2)} | ${r.quality} |`),
  "",
  ...notes.map((n) => `- ${n}`),
  "",
  "Ratios: within a section, time divided by the first row's time (tiescope exact for reach, tiescope IC for cascades).",
  "Reading: for k = 2 on a graph whose 2-hop balls hold a few hundred nodes, exact BFS with a stamp array is as fast as",
  "HyperBall at log2m = 6-8 and exact; HyperBall pays off from k = 3 (balls of thousands) and when memory for per-source",
  "work is the limit. The graphology peer runs the same exact BFS with a Set per source and string keys.",
  "HyperBall memory is the two register arrays (2 × n × 2^log2m bytes) on top of the graph; RSS is sampled at each iteration.",
  "",
].join("\n");
writeFileSync(new URL("docs/performance-reach.md", root), md);
console.log(md);
