/**
 * Community detection: tiescope's Louvain, Leiden and label propagation against
 * graphology-communities-louvain, side by side in one process, on planted graphs and on
 * musae-facebook (../shared/data). Reports medians over interleaved rounds, ratios, and the
 * modularity each contender reached (all measured with tiescope's `modularity`, same weights).
 *
 *   npx tsx benchmarks/communities.bench.ts            # small + 100k/1M + musae-facebook
 *   npx tsx benchmarks/communities.bench.ts --big      # adds 1M nodes / 10M edges, Leiden once
 *   npx tsx benchmarks/communities.bench.ts --big-only # only the 1M / 10M Leiden run (fresh process: clean peak RSS)
 *   npx tsx benchmarks/communities.bench.ts --quick    # 10k graph only
 *
 * graphology's time includes building its own index from the graphology Graph (that is what a
 * call costs); tiescope's graph is built once beforehand (its build time is reported apart).
 * Results: benchmarks/results/communities.json and docs/performance-communities.md.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import os from "node:os";
import louvain from "graphology-communities-louvain";
import type Graph from "graphology";
import { SocialGraph, detectCommunities, modularity, plantedSocialNetwork, Random } from "../src/index.js";

const args = new Set(process.argv.slice(2));
const root = new URL("../", import.meta.url);
const dataDir = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../shared/data/", root);

interface Row {
  graph: string;
  nodes: number;
  edges: number;
  contender: string;
  runs: number;
  medianMs: number;
  minMs: number;
  /** Median CPU milliseconds (user + system): less sensitive to co-tenants than wall time. */
  medianCpuMs: number;
  /** Median wall ms of a second series run after the graphology graph was dropped (tiescope only). */
  medianAloneMs: number | null;
  modularity: number;
  communities: number;
  ratioToGraphology: number | null;
}

const rows: Row[] = [];
const extra: Record<string, unknown> = {};

let lastCpuMs = 0;
/** Wall-clock milliseconds of `f()`; its CPU time (user + system, all threads) is left in `lastCpuMs`. */
function time<T>(f: () => T): [T, number] {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const r = f();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const d = process.cpuUsage(c);
  lastCpuMs = (d.user + d.system) / 1000;
  return [r, ms];
}
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

type Contender = { name: string; run: (seed: number) => { q: number; k: number } };

function contenders(g: SocialGraph, gg: Graph | null): Contender[] {
  const list: Contender[] = [];
  if (gg) {
    list.push({
      name: "graphology-communities-louvain",
      run: (seed) => {
        const rng = new Random(seed);
        const res = louvain.detailed(gg, { getEdgeWeight: "weight", rng: () => rng.next() });
        return { q: modularity(g, new Map(Object.entries(res.communities))), k: res.count };
      },
    });
  }
  for (const [name, options] of [
    ["tiescope louvain", { algorithm: "louvain" }],
    ["tiescope leiden (default: 1 pass)", { algorithm: "leiden" }],
    ["tiescope leiden, 2 passes (leidenalg's default)", { algorithm: "leiden", maxIterations: 2 }],
    ["tiescope leiden, until stable", { algorithm: "leiden", maxIterations: 1000 }],
    ["tiescope label propagation", { algorithm: "label-propagation" }],
  ] as const) {
    list.push({ name, run: (seed) => { const p = detectCommunities(g, { ...options, seed }); return { q: p.modularity, k: p.count }; } });
  }
  return list;
}

// A forced full collection before each call (node --expose-gc) was tried and slowed every
// contender 1.5-3x (compiled code is flushed), so calls run back to back.

function bench(label: string, g: SocialGraph, rounds: number): void {
  let [gg, buildMs] = time((): Graph | null => g.toGraphology());
  const list = contenders(g, gg);
  const times = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const quality = new Map<string, { q: number; k: number }>();
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no contender always runs first (warm-up, GC, co-tenants).
    for (let i = 0; i < list.length; i++) {
      const c = list[(i + r) % list.length]!;
      const [res, ms] = time(() => c.run(r + 1));
      (times.get(c.name) ?? times.set(c.name, []).get(c.name)!).push(ms);
      (cpu.get(c.name) ?? cpu.set(c.name, []).get(c.name)!).push(lastCpuMs);
      if (r === 0) quality.set(c.name, res);
    }
  }
  // Second series without the graphology graph in the heap: a large live heap makes every major
  // collection (triggered by big typed-array allocations) expensive for whoever runs.
  gg = null;
  list.splice(0, 1);
  const alone = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < list.length; i++) {
      const c = list[(i + r) % list.length]!;
      (alone.get(c.name) ?? alone.set(c.name, []).get(c.name)!).push(time(() => c.run(r + 1))[1]);
    }
  }
  list.unshift({ name: "graphology-communities-louvain", run: () => ({ q: NaN, k: 0 }) });
  const base = median(times.get("graphology-communities-louvain")!);
  for (const c of list) {
    const ts = times.get(c.name)!;
    const q = quality.get(c.name)!;
    const row: Row = {
      graph: label,
      nodes: g.order,
      edges: g.size,
      contender: c.name,
      runs: ts.length,
      medianMs: median(ts),
      minMs: Math.min(...ts),
      medianCpuMs: median(cpu.get(c.name)!),
      medianAloneMs: alone.has(c.name) ? median(alone.get(c.name)!) : null,
      modularity: q.q,
      communities: q.k,
      ratioToGraphology: base / median(ts),
    };
    rows.push(row);
    console.log(`${label.padEnd(30)} ${c.name.padEnd(32)} ${row.medianMs.toFixed(0).padStart(7)} ms (cpu ${row.medianCpuMs.toFixed(0)}, alone ${row.medianAloneMs?.toFixed(0) ?? "-"})  x${row.ratioToGraphology!.toFixed(2)}  Q=${row.modularity.toFixed(5)}  k=${row.communities}`);
  }
  extra[`${label}: graphology Graph built from SocialGraph (ms)`] = Math.round(buildMs);
}

function plantedGraph(n: number, averageDegree: number): SocialGraph {
  const [{ graph }, ms] = time(() => plantedSocialNetwork({ n, averageDegree, mixing: 0.3, seed: 1 }));
  extra[`planted ${n}: generation + SocialGraph build (ms)`] = Math.round(ms);
  return graph;
}

function musae(): SocialGraph | null {
  const url = new URL("musae-facebook/musae_facebook_edges.csv", dataDir);
  if (!existsSync(url)) return null;
  const lines = readFileSync(url, "utf8").split("\n").slice(1).filter((l) => l.length > 0);
  const s = new Int32Array(lines.length);
  const t = new Int32Array(lines.length);
  lines.forEach((l, i) => {
    const [a, b] = l.split(",");
    s[i] = Number(a);
    t[i] = Number(b);
  });
  const [g, ms] = time(() => SocialGraph.fromArrays(s, t, null, { selfLoops: "ignore" }));
  extra["musae-facebook: SocialGraph.fromArrays (ms)"] = Math.round(ms);
  return g;
}

console.log(`node ${process.version}, flags: ${process.execArgv.join(" ") || "(none)"}, ${os.cpus().length} cpus (${os.cpus()[0]?.model}), shared machine, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
if (!args.has("--big-only")) bench("planted 10k / 100k edges", plantedGraph(10_000, 20), 7);
if (!args.has("--quick") && !args.has("--big-only")) {
  const fb = musae();
  if (fb) bench("musae-facebook", fb, 7);
  bench("planted 100k / 1M edges", plantedGraph(100_000, 20), 5);
}
if (args.has("--big") || args.has("--big-only")) {
  const g = plantedGraph(1_000_000, 20);
  const rssBefore = process.memoryUsage().rss;
  const [p, ms] = time(() => detectCommunities(g, { seed: 1 }));
  const cpuMs = lastCpuMs;
  const peak = process.resourceUsage().maxRSS * 1024;
  extra["big"] = { nodes: g.order, edges: g.size, leidenMs: Math.round(ms), leidenCpuMs: Math.round(cpuMs), modularity: p.modularity, communities: p.count, rssBeforeMB: Math.round(rssBefore / 2 ** 20), peakRssMB: Math.round(peak / 2 ** 20) };
  console.log("1M / 10M leiden", extra["big"]);
}

const environment = { node: process.version, flags: process.execArgv, cpus: os.cpus().length, load: os.loadavg(), date: new Date().toISOString() };
mkdirSync(new URL("benchmarks/results/", root), { recursive: true });
const jsonPath = new URL("benchmarks/results/communities.json", root);
const previous = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, "utf8")) as { big?: unknown }) : {};
const prev = previous as { rows?: Row[]; extra?: Record<string, unknown>; environment?: unknown };
const out = args.has("--big-only")
  ? { ...prev, extra: { ...prev.extra, big: extra["big"], bigEnvironment: environment } }
  : { environment, rows, extra: { ...extra, big: prev.extra?.["big"], bigEnvironment: prev.extra?.["bigEnvironment"] } };
writeFileSync(jsonPath, JSON.stringify(out, null, 2) + "\n");
console.log(`wrote ${fileURLToPath(jsonPath)}`);

// Markdown table for docs/performance-communities.md (the prose around it lives in the doc).
const doc = new URL("docs/performance-communities.md", root);
const md: string[] = [];
const allRows = (out as { rows?: Row[] }).rows ?? [];
md.push(`| graph | nodes | edges | contender | median wall ms (runs) | median CPU ms | speed vs graphology (wall) | tiescope-only series: median ms | modularity | communities |`);
md.push(`|---|---|---|---|---|---|---|---|---|---|`);
for (const r of allRows) {
  md.push(
    `| ${r.graph} | ${r.nodes.toLocaleString("en-US")} | ${r.edges.toLocaleString("en-US")} | ${r.contender} | ${r.medianMs.toFixed(0)} (${r.runs}) | ${r.medianCpuMs.toFixed(0)} | ${r.ratioToGraphology!.toFixed(2)}x | ${r.medianAloneMs === null || r.medianAloneMs === undefined ? "" : r.medianAloneMs.toFixed(0)} | ${r.modularity.toFixed(5)} | ${r.communities} |`,
  );
}
const big = (out as { extra?: Record<string, unknown> }).extra?.["big"] as Record<string, number> | undefined;
const bigLine = big
  ? `Leiden on ${big.nodes!.toLocaleString("en-US")} nodes / ${big.edges!.toLocaleString("en-US")} edges: ${(big.leidenMs! / 1000).toFixed(1)} s wall${big.leidenCpuMs ? ` (${(big.leidenCpuMs / 1000).toFixed(1)} s CPU)` : ""}, modularity ${big.modularity!.toFixed(5)}, ${big.communities} communities; RSS ${big.rssBeforeMB} MB after building the graph, peak RSS ${big.peakRssMB} MB.`
  : "The 1M / 10M run has not been recorded (run with --big-only).";
const begin = "<!-- bench:communities:begin -->";
const end = "<!-- bench:communities:end -->";
const block = `${begin}\n${md.join("\n")}\n\n${bigLine}\n\nEnvironment: Node ${environment.node}, ${environment.cpus} shared cores, load average ${environment.load.map((x) => x.toFixed(1)).join(" ")} at the end of the run, ${environment.date}.\n${end}`;
if (existsSync(doc)) {
  const text = readFileSync(doc, "utf8");
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(doc, text.slice(0, i) + block + text.slice(j + end.length));
}
console.log(block);
