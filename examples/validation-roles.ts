/**
 * Validation of power vs mega connectors on SNAP email-Eu-core (a European research
 * institution's e-mail, 1,005 people, 42 departments as ground-truth communities).
 *
 * Run: npx tsx examples/validation-roles.ts   (reads $TIESCOPE_DATA or ../shared/data)
 *
 * Tie strength: `estimateTieStrength` on the temporal e-mail log, aggregated per pair by
 * `readInteractions` (frequency, recency, reciprocity, regularity and neighbourhood overlap), with
 * its data-driven weak/strong threshold.
 * The partition is the department labels.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { classifyConnectors, estimateTieStrength, nodeRoles, introductionPath } from "../src/index.js";
import { readInteractions } from "../src/node/index.js";

const dataRoot = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../../shared/data/", import.meta.url);
const dir = new URL("email-eu-core/", dataRoot);
const read = (name: string): string => readFileSync(fileURLToPath(new URL(name, dir)), "utf8");

// Departments (ground truth) for all 1,005 people.
const department = new Map<string, number>();
for (const line of read("email-Eu-core-department-labels.txt").split("\n")) {
  const [id, dep] = line.trim().split(/\s+/);
  if (id && dep) department.set(id, Number(dep));
}
// The temporal log (src dst t, t in seconds), aggregated per unordered pair.
const { graph: g, dyads } = await readInteractions(fileURLToPath(new URL("email-Eu-core-temporal.txt.gz", dir)), { timeUnit: "s" });
const events = dyads.report.kept;
const ties = estimateTieStrength(g);
// The partition covers the people in the log (people who never e-mailed have no ties to score).
const partition = Object.fromEntries(g.keys().map((k) => [k, department.get(k)!]));
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
print(`email-Eu-core: ${g.order} people, ${g.size} undirected ties from ${events} e-mails, ${strongCount} strong (s >= ${ties.threshold.toFixed(3)}, estimated), 42 departments`);
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
