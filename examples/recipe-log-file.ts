// Recipe: an interaction log in a CSV file, read with tiescope/node.
// Run: npx tsx examples/recipe-log-file.ts
import { fileURLToPath } from "node:url";
import { estimateTieStrength } from "tiescope";
import { readInteractions } from "tiescope/node";

// examples/data/messages.csv (made up): from,to,sent_at,channel with ISO times.
const file = fileURLToPath(new URL("data/messages.csv", import.meta.url));
const { graph, dyads } = await readInteractions(file, { columns: { source: "from", target: "to", time: "sent_at", channel: "channel" } });
console.log(`${dyads.report.events} messages, ${graph.order} people, ${graph.size} ties, channels: ${dyads.channelNames.join(", ")}`);
const ties = estimateTieStrength(graph);
for (const r of ties.rows()) console.log(`${r.source}-${r.target}: messages ${dyads.get(r.source, r.target).count}, strength ${r.strength.toFixed(3)}${r.weak ? " (weak)" : ""}`);
