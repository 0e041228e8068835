/**
 * Validation of power vs mega connectors on SNAP email-Eu-core (a European research
 * institution's e-mail, 1,005 people, 42 departments as ground-truth communities).
 *
 * Run: npx tsx examples/validation-roles.ts   (reads $TIESCOPE_DATA or ../shared/data)
 *
 * Tie strength: until the tie-strength estimator is wired in here, strengths come from the
 * temporal e-mail log with a transparent proxy: for a pair with n e-mails in total,
 * s = n / (n + 10) · (0.5 if only one side ever wrote, else 1); a tie is weak when s < 0.5, so a
 * strong tie is a reciprocated one with at least 10 e-mails.
 * The partition is the department labels.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { SocialGraph, classifyConnectors, nodeRoles, introductionPath, type TieStrengthLike } from "../src/index.js";

const dataRoot = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../../shared/data/", import.meta.url);
const dir = new URL("email-eu-core/", dataRoot);
const read = (name: string): string => readFileSync(fileURLToPath(new URL(name, dir)), "utf8");

// Departments (ground truth) for all 1,005 people.
const department = new Map<string, number>();
for (const line of read("email-Eu-core-department-labels.txt").split("\n")) {
  const [id, dep] = line.trim().split(/\s+/);
  if (id && dep) department.set(id, Number(dep));
}
// Aggregate the temporal log per unordered pair: e-mails each way.
const log = gunzipSync(readFileSync(fileURLToPath(new URL("email-Eu-core-temporal.txt.gz", dir)))).toString("utf8");
const pairs = new Map<string, [number, number]>();
let events = 0;
for (const line of log.split("\n")) {
  const [a, b] = line.trim().split(/\s+/);
  if (!a || !b || a === b) continue;
  events++;
  const forward = Number(a) < Number(b);
  const key = forward ? `${a} ${b}` : `${b} ${a}`;
  const counts = pairs.get(key) ?? [0, 0];
  counts[forward ? 0 : 1]++;
  pairs.set(key, counts);
}
const rows: [string, string, number][] = [];
for (const [key, [ab, ba]] of pairs) {
  const [a, b] = key.split(" ") as [string, string];
  rows.push([a, b, ab + ba]);
}
const nodes = Array.from(department.keys()).sort((x, y) => Number(x) - Number(y));
const g = SocialGraph.fromEdges(rows, { nodes });
const strength = new Float64Array(g.size);
for (let e = 0; e < g.size; e++) {
  const a = g.key(g.edgeSources[e]!);
  const b = g.key(g.edgeTargets[e]!);
  const [ab, ba] = pairs.get(Number(a) < Number(b) ? `${a} ${b}` : `${b} ${a}`)!;
  strength[e] = ((ab + ba) / (ab + ba + 10)) * (ab > 0 && ba > 0 ? 1 : 0.5);
}
const threshold = 0.5;
const ties: TieStrengthLike = { strength, weak: Uint8Array.from(strength, (s) => (s < threshold ? 1 : 0)), threshold };
const partition = Object.fromEntries(nodes.map((k) => [k, department.get(k)!]));
let strongCount = 0;
for (const w of ties.weak) if (!w) strongCount++;

const t0 = performance.now();
const people = classifyConnectors(g, { ties, partition });
const ms = performance.now() - t0;
const roles = nodeRoles(g, partition);

const out: string[] = [];
const print = (s = ""): void => {
  out.push(s);
  console.log(s);
};
print(`email-Eu-core: ${g.order} people, ${g.size} undirected ties from ${events} e-mails, ${strongCount} strong (s >= ${threshold}), 42 departments`);
print(`classifyConnectors: ${ms.toFixed(1)} ms; cut-offs: megaScore >= ${people.cutoffs.mega.toFixed(2)}, powerScore >= ${people.cutoffs.power.toFixed(2)}`);
const kinds = new Map<string, number>();
for (const r of people.rows()) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
print(`kinds: ${Array.from(kinds, ([k, c]) => `${k} ${c}`).join(", ")}`);

const header = "| rank | person | dept | kind | degree | strong ties | weak share | strong depts | introductions | powerScore | megaScore | G&A role |";
const sep = "|---|---|---|---|---|---|---|---|---|---|---|---|";
const line = (i: number, r: ReturnType<typeof people.get>): string =>
  `| ${i + 1} | ${r.key} | ${r.community} | ${r.kind} | ${r.degree} | ${r.strongTies} | ${r.weakShare.toFixed(2)} | ${r.strongCommunities} | ${r.introductions} | ${r.powerScore.toFixed(1)} | ${r.megaScore.toFixed(1)} | ${roles.get(r.key).role} |`;
const topPower = people.top("power", 10);
const topMega = people.top("mega", 10);
print("\nTop 10 power connectors (trusted introductions across departments):\n");
print(header);
print(sep);
topPower.forEach((r, i) => print(line(i, r)));
print("\nTop 10 mega connectors (largest weak-discounted networks):\n");
print(header);
print(sep);
topMega.forEach((r, i) => print(line(i, r)));

const powerKeys = new Set(topPower.map((r) => r.key));
const overlap = topMega.filter((r) => powerKeys.has(r.key)).map((r) => r.key);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
print("\n| check | expected | measured |");
print("|---|---|---|");
const minDepts = Math.min(...topPower.map((r) => r.strongCommunities));
print(`| top-10 power connectors reach >= 2 departments through strong ties | yes | ${minDepts >= 2 ? "yes" : "NO"} (min ${minDepts}) |`);
print(`| the two top-10 lists differ | yes | ${10 - overlap.length} of 10 differ; shared: ${overlap.join(", ") || "none"} |`);
print(`| median introductions, top power vs top mega | power higher | ${median(topPower.map((r) => r.introductions))} vs ${median(topMega.map((r) => r.introductions))} |`);
const megaOnly = topMega.filter((r) => !powerKeys.has(r.key));
print(`| weak share of the mega-only entries | mostly weak (>= 0.5) | ${megaOnly.map((r) => r.weakShare.toFixed(2)).join(", ")} |`);
print(`| median weak share, top power vs top mega | power lower | ${median(topPower.map((r) => r.weakShare)).toFixed(2)} vs ${median(topMega.map((r) => r.weakShare)).toFixed(2)} |`);
print(`| median strong ties, top power vs top mega | power higher | ${median(topPower.map((r) => r.strongTies))} vs ${median(topMega.map((r) => r.strongTies))} |`);
print(`| median degree, top power vs top mega | mega higher or similar | ${median(topPower.map((r) => r.degree))} vs ${median(topMega.map((r) => r.degree))} |`);
const a = topPower[0]!.key;
const far = topMega.find((r) => r.community !== topPower[0]!.community)!.key;
for (const maxHops of [Infinity, 2]) {
  const p = introductionPath(g, a, far, { ties, maxHops });
  print(
    `\nintroduction path ${a} -> ${far} (maxHops ${maxHops}): ${p.nodes.join(" -> ")} ` +
      `(trust ${p.trust.toFixed(3)}, weakest link ${p.weakestLink?.from}-${p.weakestLink?.to} ${p.weakestLink?.strength.toFixed(3)})`,
  );
}

if (process.argv.includes("--write")) {
  const { writeFileSync } = await import("node:fs");
  const doc = readFileSync(fileURLToPath(new URL("../docs/validation-roles.md", import.meta.url)), "utf8");
  const marker = "<!-- output -->";
  const head = doc.includes(marker) ? doc.slice(0, doc.indexOf(marker) + marker.length) : doc + "\n" + marker;
  writeFileSync(fileURLToPath(new URL("../docs/validation-roles.md", import.meta.url)), `${head}\n\n${out.join("\n")}\n`);
}
if (minDepts < 2) process.exitCode = 1;
