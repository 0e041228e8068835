// Requires the built package as CommonJS (through its own exports map) and runs a tiny analysis.
const assert = require("node:assert/strict");
const { SocialGraph, karateClub } = require("tiescope");

const g = SocialGraph.fromEdges([["a", "b", 2], ["b", "c", 1]]);
assert.equal(g.order, 3);
assert.equal(karateClub().graph.order, 34);
console.log("CJS require ok");
