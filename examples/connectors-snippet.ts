// The snippet of docs/connectors.md (run: npx tsx examples/connectors-snippet.ts).
import { karateClub, classifyConnectors, nodeRoles, introductionPath, introducers, suggestIntroductions } from "../src/index.js";

const { graph, clubs } = karateClub();
// Stand-in tie strengths from the interaction counts w (use estimateTieStrength(graph) in real code).
const strength = Float64Array.from(graph.edgeWeights, (w) => 1 - Math.exp(-w / 2));
const ties = { strength, weak: Uint8Array.from(strength, (s) => (s < 0.5 ? 1 : 0)), threshold: 0.5 };
const partition = Object.fromEntries(clubs.map((club, i) => [graph.key(i), club]));

const people = classifyConnectors(graph, { ties, partition });
console.log(people.kind("33"), people.cutoffs);
console.table(people.top("power", 3).map(({ key, kind, degree, strongTies, introductions, powerScore, megaScore }) => ({ key, kind, degree, strongTies, introductions, powerScore, megaScore })));

const roles = nodeRoles(graph, partition);
console.log(roles.get("33"));

const path = introductionPath(graph, "16", "26", { ties, maxHops: 6 });
console.log(path.nodes, path.trust.toFixed(3), path.weakestLink);
console.log(introducers(graph, "0", "33", { ties, limit: 2 }));
console.log(suggestIntroductions(graph, "26", { ties, partition, limit: 2 }).map((s) => `${s.key} via ${s.introducer} (${s.introducerKind}, trust ${s.trust.toFixed(2)})`));
