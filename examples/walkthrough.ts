/**
 * A notebook-style walkthrough: from a raw contact log to the findings of `tiescope report`,
 * one step at a time. Each section computes one thing with the public API and prints it.
 *
 * Data: the SocioPatterns high school 2013 contacts (`t i j`, one line per 20 s of face-to-face
 * contact) and the students' classes, from ../shared/data (override with TIESCOPE_DATA). When
 * the files are not there it runs on the embedded karate club instead and says so.
 *
 * Run: npx tsx examples/walkthrough.ts      (output on the high school data: docs/walkthrough.md)
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  classifyConnectors,
  comparePartitions,
  detectCommunities,
  dunbarLayers,
  edgePercolation,
  estimateTieStrength,
  introductionPath,
  karateClub,
  modularity,
  scoreEngagementReach,
  weakTieBridges,
  type SocialGraph,
} from "tiescope";
import { readInteractions } from "tiescope/node";

const section = (title: string): void => console.log(`\n## ${title}\n`);
const f3 = (x: number): string => x.toFixed(3);
/** Prints rows as an aligned text table. */
const table = (rows: Record<string, string | number>[]): void => {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: string | number): string => (typeof v === "number" && !Number.isInteger(v) ? f3(v) : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]!).length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join("  ").trimEnd();
  console.log(line(columns));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]!))));
};

// ---------------------------------------------------------------------------------------------
section("1. The raw log");
// ---------------------------------------------------------------------------------------------
const DATA = process.env["TIESCOPE_DATA"] ?? fileURLToPath(new URL("../../shared/data/", import.meta.url));
const dir = join(DATA, "sociopatterns-highschool2013");
const logFile = join(dir, "tij_thiers13.dat");
const classFile = join(dir, "metadata_2013.txt");

let g: SocialGraph;
/** Ground-truth group per node key (school class, or karate faction). */
let truth: Map<string, string>;
let truthName: string;
let reportCommand: string;
if (existsSync(logFile) && existsSync(classFile)) {
  console.log(`${relative(process.cwd(), logFile)}, first lines (t i j: seconds, two students in contact for those 20 s):`);
  console.log(readFileSync(logFile, "utf8").split("\n", 3).map((l) => `  ${l}`).join("\n"));
  // Stream the file into aggregateInteractions: one tie per pair, with frequency, recency and
  // regularity. Contacts have no initiator (symmetric), so reciprocity is not measured.
  const { graph, dyads } = await readInteractions(logFile, { columns: { time: 0, source: 1, target: 2 }, symmetric: true, timeUnit: "s" });
  g = graph;
  console.log(`${dyads.report.events} contact records -> ${g.order} students, ${g.size} ties (pairs ever in contact)`);
  console.log(`${dyads.observedDays} days observed; recency half-life ${dyads.halfLife / 3_600_000} h; tie weight = number of 20 s records`);
  const classes = readFileSync(classFile, "utf8").trim().split("\n").map((l) => l.split("\t"));
  truth = new Map(classes.filter(([id]) => g.hasNode(id!)).map(([id, cls]) => [id!, cls!]));
  truthName = "school classes";
  reportCommand = `npx tiescope report ${relative(process.cwd(), logFile)} --symmetric --communities ${relative(process.cwd(), classFile)} -o hs-report`;
} else {
  console.log(`note: ${logFile} not found (set TIESCOPE_DATA to the shared data folder);`);
  console.log("running on the embedded karate club instead: 34 members, ties weighted by shared contexts, no time stamps.");
  const karate = karateClub();
  g = karate.graph;
  truth = new Map(karate.clubs.map((club, i) => [g.key(i), club]));
  truthName = "factions (after the split)";
  reportCommand = "npx tiescope report -o karate-report";
}
const keys = g.keys();
const truthOf = (key: string): string => truth.get(key) ?? "?";

// ---------------------------------------------------------------------------------------------
section("2. Tie strength");
// ---------------------------------------------------------------------------------------------
// estimateTieStrength reads the log's features from the graph on its own (or, on a weighted
// graph without a log, the weights), adds the shared-contacts overlap, and maps each to [0, 1].
const ties = estimateTieStrength(g);
console.log(`source: ${ties.source}; features and weights: ${Object.entries(ties.featureWeights).map(([f, w]) => `${f} ×${w}`).join(", ")}`);
const byStrength = Array.from({ length: g.size }, (_, e) => e).sort((a, b) => ties.strength[b]! - ties.strength[a]! || a - b);
const tieRow = (e: number) => ({
  tie: `${g.key(g.edgeSources[e]!)}-${g.key(g.edgeTargets[e]!)}`,
  "tie weight": g.edgeWeights[e]!,
  strength: ties.strength[e]!,
  ...Object.fromEntries(Object.entries(ties.features).map(([f, x]) => [f, x![e]!])),
});
console.log("the three strongest ties:");
table(byStrength.slice(0, 3).map(tieRow));

// ---------------------------------------------------------------------------------------------
section("3. The weak/strong split");
// ---------------------------------------------------------------------------------------------
let weakCount = 0;
for (let e = 0; e < g.size; e++) weakCount += ties.weak[e]!;
console.log(`threshold ${f3(ties.threshold)} (${ties.thresholdMethod}): ${weakCount} weak ties, ${g.size - weakCount} strong`);
const bins = new Array<number>(10).fill(0);
for (const s of ties.strength) bins[Math.min(9, Math.floor(s * 10))]!++;
const widest = Math.max(...bins);
bins.forEach((count, b) => {
  const mark = ties.threshold >= b / 10 && ties.threshold < (b + 1) / 10 ? "  <- threshold" : "";
  console.log(`  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}  ${String(count).padStart(5)}  ${"#".repeat(Math.round((40 * count) / widest))}${mark}`.trimEnd());
});

// ---------------------------------------------------------------------------------------------
section("4. Percolation: removing the weakest ties first versus the strongest first");
// ---------------------------------------------------------------------------------------------
// Onnela et al. (2007): weak ties hold the communities together, so removing them first breaks
// the network apart sooner. The value is the share of people in the largest component.
const fractions = [0, 0.2, 0.4, 0.6, 0.8, 0.85, 0.9, 0.95];
const weakFirst = edgePercolation(g, "weakest", { weights: ties, fractions, seed: 1 });
const strongFirst = edgePercolation(g, "strongest", { weights: ties, fractions, seed: 1 });
table(fractions.map((f) => ({ "ties removed": `${f * 100}%`, "weakest first": weakFirst.giantAt(f), "strongest first": strongFirst.giantAt(f) })));

// ---------------------------------------------------------------------------------------------
section(`5. Communities (Leiden) versus ${truthName}`);
// ---------------------------------------------------------------------------------------------
// Leiden maximises modularity with the tie strengths as weights (floored at 0.01, as the report
// does, so a tie of strength 0 still links its ends); seed 1 is the report's default.
const parts = detectCommunities(g, { weights: Float64Array.from(ties.strength, (s) => Math.max(s, 0.01)), seed: 1 });
const truthLabels = keys.map(truthOf);
const truthIds = [...new Set(truthLabels)];
const cmp = comparePartitions(truthLabels.map((l) => truthIds.indexOf(l)), parts);
// parts.modularity is measured with the weights Leiden used; modularity(g, parts) with the
// graph's own weights (contact counts), the figure the report and NetworkX give.
console.log(`${parts.count} communities; modularity ${f3(parts.modularity)} on the strengths, ${f3(modularity(g, parts))} on the tie weights`);
console.log(`${truthIds.length} ${truthName}, modularity ${f3(modularity(g, truthLabels.map((l) => truthIds.indexOf(l))))}; agreement: NMI ${f3(cmp.nmi)}, ARI ${f3(cmp.ari)}`);
table(
  parts.communities().map((members, c) => {
    const counts = new Map<string, number>();
    for (const k of members) counts.set(truthOf(k), (counts.get(truthOf(k)) ?? 0) + 1);
    const mix = [...counts].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${label} ${n}`);
    return { community: c, size: members.length, "made of": mix.join(", ") };
  }),
);

// ---------------------------------------------------------------------------------------------
section("6. Weak-tie bridges");
// ---------------------------------------------------------------------------------------------
// Ranked weak ties that are local bridges or join two groups. The report uses the ground truth
// as its communities when given one (--communities), so we do the same here.
const bridges = weakTieBridges(g, { ties, partition: truth, seed: 1 });
console.log(`${bridges.count} weak-tie bridges; the top three:`);
for (const b of bridges.rows(3)) console.log(`  ${b.source}-${b.target}  score ${f3(b.score)}: ${b.reasons.join("; ")}`);

// ---------------------------------------------------------------------------------------------
section("7. Power versus mega connectors");
// ---------------------------------------------------------------------------------------------
// Mega: a large network of mostly weak ties. Power: strong ties into several groups, so the
// introductions they make are trusted on both sides.
const people = classifyConnectors(g, { ties, partition: truth });
const kinds = { power: 0, mega: 0, "power-mega": 0, none: 0 };
for (const r of people.rows()) kinds[r.kind]++;
console.log(`kinds: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(", ")}`);
const connectorRow = (r: ReturnType<typeof people.get>) => ({
  person: r.key,
  group: String(r.community),
  kind: r.kind,
  ties: r.degree,
  "weak share": r.weakShare,
  "strong groups": r.strongCommunities,
  introductions: r.introductions,
  power: r.powerScore,
  mega: r.megaScore,
});
console.log("top power connectors:");
table(people.top("power", 3).map(connectorRow));
console.log("top mega connectors:");
table(people.top("mega", 3).map(connectorRow));

// ---------------------------------------------------------------------------------------------
section("8. Engagement versus reach");
// ---------------------------------------------------------------------------------------------
// Reach: how many people one touches (and within 2 hops); engaged audience: the sum of those
// ties' strengths; engagement rate: the share of contacts whose tie is at least the threshold.
const reach = scoreEngagementReach(g, { ties, hops: 2, seed: 1 });
const quadrants: Record<string, number> = {};
for (const q of reach.quadrant) quadrants[q] = (quadrants[q] ?? 0) + 1;
console.log(`quadrants (reach split ${reach.cutoffs.reach}, rate split ${f3(reach.cutoffs.engagementRate)}): ${Object.entries(quadrants).map(([q, n]) => `${q} ${n}`).join(", ")}`);
const engagementRow = (i: number) => {
  const r = reach.get(keys[i]!);
  return { person: r.node, reach: r.reach, "within 2 hops": r.extendedReach, engaged: r.engagedCount, rate: r.engagementRate, "engaged audience": r.engagedAudience, quadrant: r.quadrant };
};
const top = (score: Float64Array): number[] => keys.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b).slice(0, 5);
console.log("widest reach:");
table(top(reach.reach).map(engagementRow));
console.log("largest engaged audience:");
table(top(reach.engagedAudience).map(engagementRow));

// ---------------------------------------------------------------------------------------------
section("9. A warm introduction path, and one person's Dunbar layers");
// ---------------------------------------------------------------------------------------------
// As the report chooses them: from the most active person (largest total tie weight) of the
// largest group to the most active person of another group. The warmest chain maximises the
// product of its tie strengths.
const active = (i: number): number => g.strength(i);
const groupSize = new Map<string, number>();
for (const l of truthLabels) groupSize.set(l, (groupSize.get(l) ?? 0) + 1);
const largest = [...groupSize].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
const pick = (ok: (i: number) => boolean): number => keys.map((_, i) => i).filter(ok).reduce((a, b) => (active(b) > active(a) ? b : a));
const from = pick((i) => truthLabels[i] === largest);
const to = pick((i) => truthLabels[i] !== largest);
const path = introductionPath(g, keys[from]!, keys[to]!, { ties });
if (path.found) {
  console.log(`${keys[from]} (${truthLabels[from]}) -> ${keys[to]} (${truthLabels[to]}): ${path.hops.length} hops, trust ${f3(path.trust)} (the product of the strengths)`);
  console.log(`  ${path.nodes.map((k, i) => (i === 0 ? k : `-(${path.hops[i - 1]!.strength.toFixed(2)})-> ${k} [${truthOf(k)}]`)).join(" ")}`);
  console.log(`  weakest link: ${path.weakestLink!.from}-${path.weakestLink!.to}`);
} else console.log(`no chain of ties joins ${keys[from]} and ${keys[to]}`);
const ego = pick(() => true);
const layers = dunbarLayers(g, ties, keys[ego]!);
console.log(`Dunbar layers of ${keys[ego]} (the most active person, ${g.degree(ego)} contacts):`);
layers.members.forEach((members, k) => {
  if (members.length > 0) console.log(`  layer ${k + 1} (${layers.sizes[k] ?? "beyond"}): ${members.length > 8 ? `${members.slice(0, 8).join(" ")} ... (${members.length})` : members.join(" ")}`);
});

// ---------------------------------------------------------------------------------------------
section("10. The HTML report");
// ---------------------------------------------------------------------------------------------
console.log("Everything above, with the network drawn and the plots, in one self-contained page:");
console.log(`  ${reportCommand}`);
console.log("writes report.html, summary.json, ties.csv and people.csv (see docs/report.md); from a checkout use `npm run report -- ...`.");
