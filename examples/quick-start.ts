// The README's quick start, runnable as `npx tsx examples/quick-start.ts`.
import { SocialGraph } from "tiescope";

const g = SocialGraph.fromEdges(
  [
    { source: "ana", target: "ben", weight: 12 }, // 12 conversations
    { source: "ana", target: "cruz", weight: 9 },
    { source: "ben", target: "cruz", weight: 7 },
    { source: "cruz", target: "dev", weight: 1 }, // one chat at a conference
    { source: "dev", target: "eli", weight: 8 },
    { source: "dev", target: "fay", weight: 6 },
    { source: "eli", target: "fay", weight: 5 },
  ],
  { directed: false },
);

console.log(g.order, g.size); // 6 7
console.log(g.strength(g.index("cruz"))); // 17
console.log(Array.from(g.neighbors(g.index("dev")), (i) => g.key(i))); // [ 'cruz', 'eli', 'fay' ]
