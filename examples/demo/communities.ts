import { comparePartitions, detectCommunities, type Partition } from "../../src/index.js";
import { table, type DemoSection } from "./context.js";

/** Communities: Leiden on the demo graph, each community with its members, and how it matches the ground truth. */
export const communitiesSection: DemoSection = {
  title: "Communities (Leiden)",
  run(context) {
    const { graph, clubs } = context;
    const parts: Partition = detectCommunities(graph, { seed: 1 });
    context.partition = parts;
    const labels = Int32Array.from(clubs, (c) => (c === clubs[0] ? 0 : 1));
    const agreement = comparePartitions(parts, labels);
    const rows = parts.communities().map((members, c) => ({
      community: c,
      size: members.length,
      members: members.length > 12 ? `${members.slice(0, 12).join(" ")} …` : members.join(" "),
    }));
    return [
      `${parts.count} communities, modularity ${parts.modularity.toFixed(4)} (weighted, resolution 1, seed 1)`,
      ...table(rows),
      `agreement with the factions after the split: NMI ${agreement.nmi.toFixed(3)}, ARI ${agreement.ari.toFixed(3)}`,
    ];
  },
};
