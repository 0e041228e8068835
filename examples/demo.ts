/**
 * `npm run demo`: analyses Zachary's karate club (shipped with the package) and prints what
 * tiescope finds. Each capability adds a section in examples/demo/; sections run in order and
 * share a context (the graph, then ties, communities, ...).
 */
import { karateClub } from "../src/index.js";
import type { DemoContext, DemoSection } from "./demo/context.js";
import { graphSection } from "./demo/graph.js";
import { tiesSection } from "./demo/ties.js";
import { communitiesSection } from "./demo/communities.js";
import { bridgesSection } from "./demo/bridges.js";
import { rolesSection } from "./demo/roles.js";
import { reachSection } from "./demo/reach.js";

const sections: DemoSection[] = [graphSection, tiesSection, communitiesSection, bridgesSection, rolesSection, reachSection];

const { graph, clubs } = karateClub();
const context: DemoContext = { graph, clubs, name: "Zachary's karate club" };
for (const section of sections) {
  const lines = section.run(context);
  console.log(`\n== ${section.title} ==`);
  for (const line of lines) console.log(line);
}
