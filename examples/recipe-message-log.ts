// Recipe: from a message log to tie strengths and one person's Dunbar layers.
// Run: npx tsx examples/recipe-message-log.ts
import { Random, aggregateInteractions, dunbarLayers, estimateTieStrength, type InteractionEvent } from "tiescope";

// A made-up month of messages, generated with a seeded Random so every run prints the same.
// mia greets 20 people on March 1; after that contact k gets about 3 / (k + 1) messages a day
// and answers a share that falls with k; the second half of the contacts went quiet after a week.
const DAY = 86_400_000;
const start = Date.UTC(2025, 2, 1);
const rng = new Random(7);
const names = ["ola", "raj", "kim", "lea", "tom", "ivy", "sam", "zoe", "ben", "ada",
               "eli", "fay", "gus", "hal", "ida", "jon", "kai", "liv", "max", "ned"];
const events: InteractionEvent[] = [];
names.forEach((name, k) => {
  const perDay = 3 / (k + 1);
  const lastDay = k < 10 ? 30 : 7;
  events.push({ source: "mia", target: name, time: start + k * 60_000, channel: "chat" });
  for (let day = 0; day < lastDay; day++) {
    for (let i = 0; i < 4; i++) {
      if (rng.next() >= perDay / 4) continue;
      const time = start + day * DAY + rng.int(DAY);
      events.push({ source: "mia", target: name, time, channel: "chat" });
      if (rng.next() < 1 - k / 20) events.push({ source: name, target: "mia", time: time + 60_000, channel: k < 3 && i === 0 ? "call" : "chat" });
    }
  }
});
// mia's family (ola, raj, kim) also talk among themselves.
for (let day = 0; day < 30; day += 2) {
  events.push({ source: "ola", target: "raj", time: start + day * DAY }, { source: "raj", target: "kim", time: start + day * DAY + 3_600_000 });
}

// 1. Aggregate: one tie per pair, with frequency, recency, reciprocity, regularity, channels.
const { graph, dyads } = aggregateInteractions(events);
console.log(`${events.length} messages, ${graph.order} people, ${graph.size} ties; recency half-life ${dyads.halfLife / DAY} days`);

// 2. Tie strength in [0, 1] from those features, and the weak/strong split.
const ties = estimateTieStrength(graph);
const weakCount = ties.weak.reduce((sum, w) => sum + w, 0);
console.log(`strength from ${ties.source}; ${weakCount} of ${graph.size} ties weak (below ${ties.threshold.toFixed(3)}, ${ties.thresholdMethod})`);

// 3. mia's strongest and weakest ties, with the features behind them.
const rows = ties.rows().filter((r) => r.source === "mia" || r.target === "mia");
rows.sort((a, b) => b.strength - a.strength);
const round = (x: unknown, digits = 2): number => Number(Number(x).toFixed(digits));
const show = (r: (typeof rows)[number]) => ({
  contact: r.source === "mia" ? r.target : r.source,
  messages: dyads.get(r.source, r.target).count,
  strength: round(r.strength, 3),
  weak: r.weak,
  frequency: round(r["frequency"]),
  recency: round(r["recency"]),
  reciprocity: round(r["reciprocity"]),
  regularity: round(r["regularity"]),
});
console.log("strongest ties of mia:");
console.table(rows.slice(0, 3).map(show));
console.log("weakest ties of mia:");
console.table(rows.slice(-3).map(show));

// 4. Dunbar layers: mia's contacts ranked by strength into the 5 / 15 / 50 / 150 circles.
const layers = dunbarLayers(graph, ties, "mia");
console.log(`support clique (5):  ${layers.members[0]!.join(", ")}`);
console.log(`sympathy group (15): ${layers.members[1]!.join(", ")}`);
console.log(`next layer (50):     ${layers.members[2]!.join(", ")}`);
