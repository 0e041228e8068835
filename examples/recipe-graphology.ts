// Recipe: from a graphology graph to communities and weak-tie bridges, written back as attributes.
// Run: npx tsx examples/recipe-graphology.ts
import Graph from "graphology";
import { SocialGraph, detectCommunities, estimateTieStrength, weakTieBridges } from "tiescope";

// The graph you already have: who met whom, and how many times, in a made-up lab.
const graph = new Graph({ type: "undirected" });
const meetings: [string, string, number][] = [
  // the wet lab
  ["ana", "bo", 9], ["ana", "cy", 7], ["bo", "cy", 8], ["cy", "di", 6], ["di", "ana", 5], ["bo", "di", 4],
  // the modelling group
  ["eva", "fil", 8], ["eva", "gia", 6], ["fil", "gia", 9], ["gia", "hu", 5], ["hu", "eva", 4],
  // the software team
  ["ivo", "jan", 7], ["jan", "kit", 8], ["kit", "ivo", 6], ["kit", "lu", 3], ["lu", "jan", 2],
  // between the groups: a few occasional meetings
  ["di", "eva", 1], ["cy", "fil", 2], ["hu", "ivo", 1], ["lu", "mo", 1],
];
for (const [a, b, n] of meetings) graph.mergeEdge(a, b, { meetings: n });

// 1. Read it once into tiescope's typed-array graph (the meeting count is the edge weight).
const g = SocialGraph.fromGraphology(graph, { weight: "meetings" });
console.log(`${g.order} people, ${g.size} ties, weighted: ${g.weighted}`);

// 2. Tie strength from the weights and the shared contacts, then communities (Leiden, seeded).
const ties = estimateTieStrength(g);
const parts = detectCommunities(g, { weights: ties, seed: 1 });
console.log(`${parts.count} communities, modularity ${parts.modularity.toFixed(3)}:`);
for (const [c, members] of parts.communities().entries()) console.log(`  ${c}: ${members.join(" ")}`);

// 3. The weak ties that bridge the groups, ranked, each with its reasons.
const bridges = weakTieBridges(g, { ties, partition: parts });
for (const b of bridges.rows(3)) console.log(`${b.source}-${b.target}  score ${b.score.toFixed(3)}  ${b.reasons.join("; ")}`);

// 4. Write everything back onto the graphology graph (for sigma.js, graphology-metrics, export).
parts.assign(graph); // node attribute "community"
ties.assign(graph); // edge attributes "strength" and "weak"
bridges.assign(graph); // edge attribute "weakTieBridgeScore"
console.log("node ana:", graph.getNodeAttributes("ana"));
console.log("node mo: ", graph.getNodeAttributes("mo"));
const round = (attributes: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === "number" ? Number(v.toFixed(3)) : v]));
console.log("edge ana-bo:", round(graph.getEdgeAttributes("ana", "bo")));
console.log("edge di-eva:", round(graph.getEdgeAttributes("di", "eva")));
