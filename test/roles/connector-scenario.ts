/**
 * A generated scenario with a known mega connector and a known power connector (test helper).
 *
 * Three communities A, B, C of `size` members. Inside a community each member is tied strongly
 * (strength 0.8) to its 3 nearest members on each side of a ring; every 4th member of A is tied
 * weakly (0.1) to its counterpart in B, and every 4th of B to its counterpart in C.
 * - "mega" belongs to A and is tied weakly (0.1) to every member of all three communities
 *   (very high degree, weak ties, one community);
 * - "power" belongs to B and is tied strongly (0.9) to 3 members of each community, chosen
 *   among members without a cross-community tie (moderate degree, strong ties into 3 communities).
 */
import { SocialGraph, type TieStrengthLike } from "../../src/index.js";
import { tiesOf } from "../helpers/ties.js";

export interface Scenario {
  graph: SocialGraph;
  ties: TieStrengthLike;
  partition: Record<string, string>;
}

export function connectorScenario(size = 20): Scenario {
  const rows: [string, string, number][] = [];
  const partition: Record<string, string> = {};
  const communities = ["A", "B", "C"];
  for (const c of communities) {
    for (let i = 0; i < size; i++) {
      partition[`${c}${i}`] = c;
      for (let d = 1; d <= 3; d++) rows.push([`${c}${i}`, `${c}${(i + d) % size}`, 0.8]);
    }
  }
  for (let i = 0; i < size; i += 4) {
    rows.push([`A${i}`, `B${i}`, 0.1]);
    rows.push([`B${i}`, `C${i}`, 0.1]);
  }
  partition.mega = "A";
  for (const c of communities) for (let i = 0; i < size; i++) rows.push(["mega", `${c}${i}`, 0.1]);
  partition.power = "B";
  for (const c of communities) for (const i of [1, 6, 11]) rows.push(["power", `${c}${i}`, 0.9]);
  const graph = SocialGraph.fromEdges(rows);
  return { graph, ties: tiesOf(graph), partition };
}
