// The README's quick start, runnable as `npx tsx examples/quick-start.ts`.
import { SocialGraph, classifyConnectors, detectCommunities, estimateTieStrength, weakTieBridges } from "tiescope";

// Who talked to whom, and how often: two tight groups and one chance meeting between them.
const g = SocialGraph.fromEdges(
  [
    { source: "ana", target: "ben", weight: 12 },
    { source: "ana", target: "cruz", weight: 9 },
    { source: "ben", target: "cruz", weight: 7 },
    { source: "cruz", target: "dev", weight: 1 }, // one chat at a conference
    { source: "dev", target: "eli", weight: 8 },
    { source: "dev", target: "fay", weight: 6 },
    { source: "eli", target: "fay", weight: 5 },
  ],
  { directed: false },
);

const ties = estimateTieStrength(g);
console.log(ties.get("ana", "ben").toFixed(2), ties.get("cruz", "dev").toFixed(2)); // 1.00 0.18
// Strength is in [0, 1]; ties below the data-driven threshold are weak.
console.log(ties.threshold.toFixed(2)); // 0.20

const parts = detectCommunities(g, { weights: ties, seed: 7 });
console.log(parts.count, parts.modularity.toFixed(3)); // 2 0.461

const bridges = weakTieBridges(g, { ties, partition: parts });
console.log(bridges.rows(1)[0]!.reasons.slice(0, 2).join("; ")); // global bridge; joins communities 0 and 1

const people = classifyConnectors(g, { ties, partition: parts });
// cruz touches both groups, but only through a weak tie: no trusted introductions to make.
console.log(people.get("cruz").kind, people.get("cruz").introductions); // none 0
