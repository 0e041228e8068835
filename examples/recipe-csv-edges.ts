// Recipe: from a CSV edge list to power versus mega connectors and a warm introduction path.
// Run: npx tsx examples/recipe-csv-edges.ts
import { readFileSync } from "node:fs";
import { SocialGraph, classifyConnectors, detectCommunities, estimateTieStrength, introductionPath } from "tiescope";

// examples/data/team.csv (made up): source,target,weight = how many projects two colleagues shared.
const text = readFileSync(new URL("data/team.csv", import.meta.url), "utf8");
const [header, ...lines] = text.trim().split("\n");
console.log(`header: ${header}; ${lines.length} rows`);
const rows = lines.map((line) => {
  const [source, target, weight] = line.split(",");
  return { source: source!, target: target!, weight: Number(weight) };
});

// 1. Build the graph (undirected; a pair listed twice would be summed).
const g = SocialGraph.fromEdges(rows);
console.log(`${g.order} people, ${g.size} ties`);

// 2. Tie strength from the weights and shared colleagues; communities from the strengths.
const ties = estimateTieStrength(g);
const parts = detectCommunities(g, { weights: ties, seed: 1 });
console.log(`${parts.count} communities: ${parts.communities().map((c) => c.join(" ")).join(" | ")}`);

// 3. Connectors. Mega: a large network of mostly weak ties. Power: strong ties into several
//    communities, so they can make introductions both sides trust.
const people = classifyConnectors(g, { ties, partition: parts });
const row = (r: ReturnType<typeof people.get>) => ({
  person: r.key,
  kind: r.kind,
  ties: r.degree,
  strongTies: r.strongTies,
  weakShare: Number(r.weakShare.toFixed(2)),
  strongCommunities: r.strongCommunities,
  introductions: r.introductions,
  powerScore: Number(r.powerScore.toFixed(2)),
  megaScore: Number(r.megaScore.toFixed(2)),
});
console.table([...people.top("power", 2), ...people.top("mega", 1)].map(row));

// 4. The warmest chain of introductions from fox (engineering) to nia (design): the path whose
//    product of tie strengths is largest. Capped at 2 hops, the chain must go through sol.
const warm = introductionPath(g, "fox", "nia", { ties });
const short = introductionPath(g, "fox", "nia", { ties, maxHops: 2 });
for (const path of [warm, short]) {
  const hops = path.hops.map((h) => `${h.to} (${h.strength.toFixed(2)})`).join(" -> ");
  console.log(`${path.hops.length} hops, trust ${path.trust.toFixed(3)}: fox -> ${hops}; weakest link ${path.weakestLink!.from}-${path.weakestLink!.to}`);
}
