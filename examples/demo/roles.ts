import {
  classifyConnectors,
  introductionPath,
  introducers,
  nodeRoles,
  NODE_ROLE_NAMES,
  type MembershipInput,
  type NodeRole,
  type TieStrengthLike,
} from "../../src/index.js";
import { table, type DemoContext, type DemoSection } from "./context.js";

/**
 * Power vs mega connectors, Guimerà–Amaral roles and one warm introduction path, on the tie
 * strengths and communities estimated by the earlier sections (when run alone: strength
 * s = 1 − e^(−w/2) from the interaction counts w, and the two factions as the partition).
 */
export const rolesSection: DemoSection = {
  title: "Power vs mega connectors, roles and a warm introduction",
  run(context: DemoContext) {
    const { graph, clubs } = context;
    const ties = (context["ties"] as TieStrengthLike | undefined) ?? fallbackTies(context);
    const partition = (context["partition"] as MembershipInput | undefined) ?? Object.fromEntries(clubs.map((club, i) => [graph.key(i), club]));
    const source = `${context["ties"] ? "estimated tie strengths" : "strength 1 - exp(-w/2)"}, ${context["partition"] ? "detected communities" : "the two factions"}`;
    const people = classifyConnectors(graph, { ties, partition });
    const roles = nodeRoles(graph, partition);
    const row = (key: string) => {
      const r = people.get(key);
      const role = `R${roles.role[graph.index(key)]}` as NodeRole;
      return { member: key, kind: r.kind, ties: r.degree, strong: r.strongTies, introductions: r.introductions, power: r.powerScore, mega: r.megaScore, role: NODE_ROLE_NAMES[role] };
    };
    const named = (kind: string) => people.rows().filter((r) => r.kind === kind || r.kind === "power-mega").map((r) => r.key);
    const from = "16";
    const to = "26";
    const path = introductionPath(graph, from, to, { ties });
    const best = introducers(graph, "0", "33", { ties, limit: 3 });
    return [
      `(${source}; weak below ${ties.threshold.toFixed(3)})`,
      `power connectors: ${named("power").join(", ") || "none"}; mega connectors: ${
        named("mega").join(", ") ||
        `none (the largest networks, ${people
          .top("mega", 2)
          .map((r) => `${r.key} with ${Math.round(100 * r.weakShare)}% weak ties`)
          .join(" and ")}, are mostly strong ties)`
      }`,
      "top 3 by powerScore:",
      ...table(people.top("power", 3).map((r) => row(r.key))),
      "top 3 by megaScore:",
      ...table(people.top("mega", 3).map((r) => row(r.key))),
      `warm introduction ${from} -> ${to}: ${path.nodes.join(" -> ")} (trust ${path.trust.toFixed(3)}, weakest link ${path.weakestLink?.from}-${path.weakestLink?.to} at ${path.weakestLink?.strength.toFixed(3)})`,
      `best introducers between the two leaders 0 and 33: ${best.map((b) => `${b.key} (trust ${b.trust.toFixed(2)})`).join(", ")}`,
    ];
  },
};

function fallbackTies({ graph }: DemoContext): TieStrengthLike {
  const strength = Float64Array.from(graph.edgeWeights, (w) => 1 - Math.exp(-w / 2));
  return { strength, weak: Uint8Array.from(strength, (s) => (s < 0.5 ? 1 : 0)), threshold: 0.5 };
}
