/**
 * Real-data validation of src/reach (`npx tsx examples/validation-reach.ts`):
 * 1. HyperBall k-hop reach and HyperANF against exact BFS on CollegeMsg and email-Eu-core;
 * 2. Higgs Twitter: how weakly audience size (retweet in-degree) ranks users compared with
 *    engagement-based influence, next to the retweet-versus-mention rank correlation.
 * Data: $TIESCOPE_DATA or ../shared/data (see /work/shared/data/README.md). Prints Markdown tables.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { SocialGraph, influencePassivity, kHopReach, neighborhoodFunction, scoreEngagementReach } from "../src/index.js";

const DATA = process.env.TIESCOPE_DATA ?? fileURLToPath(new URL("../../shared/data/", import.meta.url));
const read = (path: string): string => {
  const buf = readFileSync(`${DATA}/${path}`);
  return (path.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
};

/** Directed arcs "u v [w]" from whitespace-separated lines; repeated pairs sum (interaction counts). */
function loadArcs(path: string, weighted: boolean): SocialGraph {
  const rows: [string, string, number][] = [];
  for (const line of read(path).split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || f[0] === "") continue;
    rows.push([f[0]!, f[1]!, weighted && f.length >= 3 ? Number(f[2]) : 1]);
  }
  return SocialGraph.fromEdges(rows, { directed: true, parallelEdges: "sum", selfLoops: "ignore" });
}

function ranks(x: ArrayLike<number>): Float64Array {
  const idx = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const r = new Float64Array(x.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && x[idx[j + 1]!] === x[idx[i]!]) j++;
    for (let k = i; k <= j; k++) r[idx[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's rank correlation (Pearson on average ranks, ties averaged). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const n = rx.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) (mx += rx[i]!), (my += ry[i]!);
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rx[i]! - mx;
    const b = ry[i]! - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function hyperBallAccuracy(name: string, g: SocialGraph): string[] {
  const lines: string[] = [];
  for (const log2m of [10, 6]) {
    const bound = (3 * 1.04) / Math.sqrt(2 ** log2m);
    for (const [direction, hops] of [["out", 2], ["out", 3], ["both", 2], ["both", 4]] as const) {
      const exact = kHopReach(g, { hops, direction }).reach;
      const t0 = performance.now();
      const est = kHopReach(g, { hops, direction, method: "hyperball", log2m, seed: 42 }).reach;
      const ms = performance.now() - t0;
      let max = 0;
      let sum = 0;
      let outside = 0;
      let count = 0;
      let total = 0;
      let totalExact = 0;
      for (let i = 0; i < g.order; i++) {
        total += est[i]!;
        totalExact += exact[i]!;
        if (exact[i]! < 1) continue;
        const rel = Math.abs(est[i]! - exact[i]!) / exact[i]!;
        max = Math.max(max, rel);
        sum += rel;
        count++;
        if (rel > bound) outside++;
      }
      const sumErr = Math.abs(total - totalExact) / totalExact;
      lines.push(
        `| ${name} | ${log2m} | ${direction} | ${hops} | ${(100 * bound).toFixed(2)} % | ${(100 * sumErr).toFixed(3)} % | ${(100 * sum / count).toFixed(3)} % | ${(100 * max).toFixed(2)} % | ${outside} / ${count} | ${ms.toFixed(0)} |`,
      );
    }
  }
  const exactNf = neighborhoodFunction(g, { direction: "both" });
  const estNf = neighborhoodFunction(g, { direction: "both", method: "hyperball", log2m: 10, seed: 42 });
  lines.push(
    `| ${name} | 10 | both | neighbourhood function | | avg distance ${exactNf.averageDistance.toFixed(4)} vs ${estNf.averageDistance.toFixed(4)}; effective diameter ${exactNf.effectiveDiameter.toFixed(3)} vs ${estNf.effectiveDiameter.toFixed(3)} | | | | |`,
  );
  return lines;
}

function section1(): void {
  console.log("## HyperBall k-hop reach versus exact BFS\n");
  console.log("| graph | log2m | direction | k | 3 x 1.04/sqrt(m) | error of Σ reach | mean per-node error | max per-node error | nodes beyond bound | HyperBall ms |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  const college = loadArcs("snap-collegemsg/CollegeMsg.txt", false);
  const email = loadArcs("email-eu-core/email-Eu-core.txt", false);
  for (const line of hyperBallAccuracy(`CollegeMsg (${college.order} nodes, ${college.size} arcs)`, college)) console.log(line);
  for (const line of hyperBallAccuracy(`email-Eu-core (${email.order} nodes, ${email.size} arcs)`, email)) console.log(line);
}

function section2(): void {
  const t0 = performance.now();
  const layers = ["retweet", "mention", "reply"] as const;
  const rows: [string, string, number][] = [];
  const layerRows = new Map<string, [string, string, number][]>();
  for (const layer of layers) {
    const lr: [string, string, number][] = [];
    for (const line of read(`snap-higgs-twitter/higgs-${layer}_network.edgelist.gz`).split("\n")) {
      const f = line.trim().split(/\s+/);
      if (f.length < 3) continue;
      lr.push([f[0]!, f[1]!, Number(f[2])]);
    }
    layerRows.set(layer, lr);
    for (const r of lr) rows.push(r);
  }
  // One node set for every layer: all users in the activity graph.
  const activity = SocialGraph.fromEdges(rows, { directed: true, parallelEdges: "sum", selfLoops: "ignore" });
  const nodes = activity.keys();
  const layer = (name: string): SocialGraph =>
    SocialGraph.fromEdges(layerRows.get(name)!, { directed: true, nodes, parallelEdges: "sum", selfLoops: "ignore" });
  const retweet = layer("retweet");
  const mention = layer("mention");
  const n = activity.order;
  const rtIn = new Float64Array(n);
  const mtIn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rtIn[i] = retweet.inDegree(i);
    mtIn[i] = mention.inDegree(i);
  }
  const scores = scoreEngagementReach(activity, { hops: 2 });
  const ip = influencePassivity(retweet);
  console.log(`\n## Higgs Twitter: audience size versus engagement-based influence\n`);
  console.log(`Activity graph (retweet + mention + reply, weights summed): ${n} users, ${activity.size} arcs; loaded and scored in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  console.log(`influencePassivity on the retweet layer: ${ip.iterations} iterations, converged ${ip.converged} (last L1 change ${ip.lastChange.toExponential(2)}).\n`);
  console.log("| users | n | Spearman(retweet in-degree, engagement influence) | Spearman(retweet in-degree, mention in-degree) | Spearman(retweet in-degree, IP influence) | Spearman(mention in-degree, engagement influence) |");
  console.log("|---|---|---|---|---|---|");
  const subsets: [string, (i: number) => boolean][] = [
    ["all users of the activity layers", () => true],
    ["retweeted at least once", (i) => rtIn[i]! > 0],
    ["retweeted and mentioned at least once", (i) => rtIn[i]! > 0 && mtIn[i]! > 0],
    ["top 1,000 by retweet in-degree", topBy(rtIn, 1000)],
  ];
  for (const [label, keep] of subsets) {
    const pick = (x: Float64Array): Float64Array => Float64Array.from(Array.from({ length: n }, (_, i) => i).filter(keep), (i) => x[i]!);
    const a = pick(rtIn);
    console.log(
      `| ${label} | ${a.length} | ${spearman(a, pick(scores.influence)).toFixed(3)} | ${spearman(a, pick(mtIn)).toFixed(3)} | ${spearman(a, pick(ip.influence)).toFixed(3)} | ${spearman(pick(mtIn), pick(scores.influence)).toFixed(3)} |`,
    );
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => rtIn[y]! - rtIn[x]!);
  console.log("\nTop 10 by audience (retweet in-degree) and where engagement puts them:\n");
  console.log("| user | retweet in-degree | engaged count | engagement rate | trust | influence | influence rank |");
  console.log("|---|---|---|---|---|---|---|");
  const infRank = ranks(scores.influence.map((x) => -x));
  for (const i of order.slice(0, 10)) {
    const r = scores.get(activity.key(i));
    console.log(`| ${r.node} | ${rtIn[i]} | ${r.engagedCount} | ${r.engagementRate.toFixed(3)} | ${r.trust.toFixed(3)} | ${r.influence.toFixed(2)} | ${infRank[i]!.toFixed(0)} |`);
  }
}

function topBy(x: Float64Array, k: number): (i: number) => boolean {
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[b]! - x[a]! || a - b);
  const keep = new Uint8Array(x.length);
  for (const i of order.slice(0, k)) keep[i] = 1;
  return (i) => keep[i] === 1;
}

if (!process.argv.includes("--higgs-only")) section1();
section2();
