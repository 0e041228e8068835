/**
 * Validation of tie strength on real data (reads ../shared/data; not part of `npm test`):
 *
 * 1. SocioPatterns high school 2013: does the default strength from sensor contacts predict the
 *    friendship survey (pairs where both students answered)? ROC AUC of the default model, of each
 *    single feature, and the cross-validated AUC of a calibrated model.
 * 2. CollegeMsg: removing the weakest ties first shrinks the giant component faster than a random
 *    order, and random faster than strongest first (Onnela et al. 2007).
 * 3. Both: the probability that an open wedge is closed rises with its number of strong legs
 *    (Granovetter's forbidden triad).
 *
 * Run: npx tsx examples/validation-ties.ts   (TIESCOPE_DATA overrides the data folder)
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { calibrateTieModel, edgePercolation, estimateTieStrength, rocAuc, type SocialGraph, type TieStrength } from "../src/index.js";
import { readInteractions } from "../src/node/index.js";

const DATA = process.env["TIESCOPE_DATA"] ?? fileURLToPath(new URL("../../shared/data/", import.meta.url));
const rows: string[][] = [];
const check = (what: string, expected: string, measured: string, ok: boolean): void => void rows.push([what, expected, measured, ok ? "yes" : "NO"]);
const f3 = (x: number): string => x.toFixed(3);

// 1. SocioPatterns high school 2013
const hs = `${DATA}/sociopatterns-highschool2013/`;
const { graph: school, dyads } = await readInteractions(`${hs}tij_thiers13.dat`, {
  columns: { time: 0, source: 1, target: 2 },
  timeUnit: "s",
  symmetric: true,
});
const survey = gunzipSync(readFileSync(`${hs}Friendship-network_data_2013.csv.gz`)).toString().trim().split("\n").map((l) => l.trim().split(/\s+/));
const answered = new Set(survey.map((r) => r[0]!));
const friends = new Set(survey.map(([a, b]) => [a, b].sort().join("|")));
const evalEdges: number[] = [];
const labels: number[] = [];
for (let e = 0; e < school.size; e++) {
  const a = school.key(school.edgeSources[e]!);
  const b = school.key(school.edgeTargets[e]!);
  if (!answered.has(a) || !answered.has(b)) continue;
  evalEdges.push(e);
  labels.push(friends.has([a, b].sort().join("|")) ? 1 : 0);
}
const aucOf = (x: Float64Array): number => rocAuc(evalEdges.map((e) => x[e]!), labels);
const ties = estimateTieStrength(school);
const defaultAuc = aucOf(ties.strength);
const single: [string, number][] = [["contact duration (events x 20 s)", aucOf(dyads.count)]];
for (const [f, x] of Object.entries(ties.features)) single.push([`feature ${f}`, aucOf(x!)]);
const best = single.reduce((a, b) => (b[1] > a[1] ? b : a));
const pairs = evalEdges.map((e, i) => [school.key(school.edgeSources[e]!), school.key(school.edgeTargets[e]!), labels[i]!] as [string, string, number]);
const model = calibrateTieModel(school, pairs, { folds: 5, seed: 1 });
console.log(`high school 2013: ${school.order} students, ${school.size} contact pairs, half-life ${dyads.halfLife / 3.6e6} h, ${evalEdges.length} pairs with both in the survey (${labels.filter(Boolean).length} friends)`);
for (const [name, auc] of single) console.log(`  AUC ${name}: ${f3(auc)}`);
console.log(`  AUC default strength: ${f3(defaultAuc)}; calibrated model 5-fold CV AUC ${f3(model.cvAuc)} (folds ${model.foldAuc.map(f3).join(", ")})`);
console.log(`  model: intercept ${f3(model.intercept)}, ${model.features.map((f, i) => `${f} ${f3(model.coefficients[i]!)}`).join(", ")}`);
check("High school: default strength AUC (friend)", ">= 0.80", f3(defaultAuc), defaultAuc >= 0.8);
check(`High school: best single feature (${best[0]})`, "about 0.84", f3(best[1]), Math.abs(best[1] - 0.84) < 0.03);
check("High school: default within 0.05 of best single", "gap <= 0.05", f3(best[1] - defaultAuc), best[1] - defaultAuc <= 0.05);
check("High school: calibrated model, 5-fold CV AUC", "reported", f3(model.cvAuc), Number.isFinite(model.cvAuc));

// 2. CollegeMsg percolation
const { graph: college } = await readInteractions(`${DATA}/snap-collegemsg/CollegeMsg.txt`, { timeUnit: "s" });
const collegeTies = estimateTieStrength(college);
const fractions = [0, 0.2, 0.4, 0.6, 0.8, 1];
const runs = {
  weakest: edgePercolation(college, "weakest", { weights: collegeTies, fractions, seed: 1 }),
  random: edgePercolation(college, "random", { fractions, seed: 1 }),
  strongest: edgePercolation(college, "strongest", { weights: collegeTies, fractions, seed: 1 }),
};
console.log(`CollegeMsg: ${college.order} people, ${college.size} pairs; giant component (fraction of people) after removing a fraction f of ties`);
console.log(`  f      weakest  random  strongest`);
for (const f of [0.2, 0.4, 0.6, 0.8]) {
  const [w, r, s] = [runs.weakest.giantAt(f), runs.random.giantAt(f), runs.strongest.giantAt(f)];
  console.log(`  ${f.toFixed(1)}    ${f3(w)}    ${f3(r)}   ${f3(s)}`);
  check(`CollegeMsg f=${f}: giant weakest < random < strongest`, "w < r < s", `${f3(w)} < ${f3(r)} < ${f3(s)}`, w < r && r < s);
}

// The same test with interaction features only (overlap weight 0), so the result does not come from structure alone.
const logOnly = estimateTieStrength(college, { featureWeights: { overlap: 0 } });
console.log(`  interaction features only (no overlap):`);
for (const f of [0.2, 0.4, 0.6, 0.8]) {
  const w = edgePercolation(college, "weakest", { weights: logOnly, fractions, seed: 1 }).giantAt(f);
  const s = edgePercolation(college, "strongest", { weights: logOnly, fractions, seed: 1 }).giantAt(f);
  const r = runs.random.giantAt(f);
  console.log(`  ${f.toFixed(1)}    ${f3(w)}    ${f3(r)}   ${f3(s)}`);
  check(`(supplementary) CollegeMsg f=${f}, log features only: weakest < random < strongest`, "w < r < s", `${f3(w)} < ${f3(r)} < ${f3(s)}`, w < r && r < s);
}
console.log(`  default threshold ${f3(collegeTies.threshold)} (${collegeTies.thresholdMethod}): ${collegeTies.weak.reduce((a, b) => a + b, 0)} of ${college.size} ties weak`);

// 3. Forbidden triad on both
function wedgeClosure(g: SocialGraph, t: TieStrength): { open: number[]; closed: number[] } {
  // All wedges by centre: with S strong and W weak legs, S(S-1)/2 have 2 strong legs, S·W one, W(W-1)/2 none.
  const all = [0, 0, 0];
  for (let v = 0; v < g.order; v++) {
    let s = 0;
    let w = 0;
    for (let h = g.offsets[v]!; h < g.offsets[v + 1]!; h++) (t.weak[g.edgeIds[h]!] ? w++ : s++);
    all[2]! += (s * (s - 1)) / 2;
    all[1]! += s * w;
    all[0]! += (w * (w - 1)) / 2;
  }
  // Closed wedges: for each edge u-x and common neighbour v, the wedge u-v-x is closed.
  const closed = [0, 0, 0];
  const markEdge = new Int32Array(g.order).fill(-1);
  const markOwner = new Int32Array(g.order).fill(-1);
  for (let u = 0; u < g.order; u++) {
    for (let h = g.offsets[u]!; h < g.offsets[u + 1]!; h++) {
      markOwner[g.targets[h]!] = u;
      markEdge[g.targets[h]!] = g.edgeIds[h]!;
    }
    for (let h = g.offsets[u]!; h < g.offsets[u + 1]!; h++) {
      const x = g.targets[h]!;
      if (x <= u) continue;
      for (let q = g.offsets[x]!; q < g.offsets[x + 1]!; q++) {
        const v = g.targets[q]!;
        if (markOwner[v] !== u) continue;
        const k = (t.weak[markEdge[v]!] ? 0 : 1) + (t.weak[g.edgeIds[q]!] ? 0 : 1);
        closed[k]!++;
      }
    }
  }
  return { open: all, closed };
}
for (const [name, g, t] of [["High school", school, ties], ["CollegeMsg", college, collegeTies]] as const) {
  const { open, closed } = wedgeClosure(g, t);
  const p = [0, 1, 2].map((k) => closed[k]! / open[k]!);
  console.log(`${name}: P(wedge closed | 0, 1, 2 strong legs) = ${p.map(f3).join(", ")} (wedges ${open.join(", ")})`);
  check(`${name}: P(closed) rises with strong legs`, "p0 < p1 < p2", p.map(f3).join(" < "), p[0]! < p[1]! && p[1]! < p[2]!);
}

console.log("\n| check | expected | measured | met |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
