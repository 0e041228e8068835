// Imports the built package as ESM (through its own exports map) and runs a tiny analysis.
import { SocialGraph, karateClub } from "tiescope";
import { SocialGraph as FromSubpath } from "tiescope/graph";
import assert from "node:assert/strict";

const g = SocialGraph.fromEdges([["a", "b", 2], ["b", "c", 1]]);
assert.equal(g.order, 3);
assert.equal(g.strength(g.index("b")), 3);
assert.equal(karateClub().graph.size, 78);
assert.equal(FromSubpath, SocialGraph);
console.log("ESM import ok");
