/**
 * The graphs the community-detection benchmarks share, by name: `planted-10k` and
 * `planted-100k` (plantedSocialNetwork, mean degree 20, mixing 0.3, seed 1) and `musae`
 * (musae-facebook from ../shared/data, or from $TIESCOPE_DATA; its 179 self-loops left out).
 */
import { existsSync, readFileSync } from "node:fs";
import { plantedSocialNetwork, SocialGraph } from "../src/index.js";

const root = new URL("../", import.meta.url);
const dataDir = process.env.TIESCOPE_DATA ? new URL(`file://${process.env.TIESCOPE_DATA.replace(/\/?$/, "/")}`) : new URL("../shared/data/", root);

/** Builds the named benchmark graph; throws on an unknown name or missing data. */
export function loadCommunityGraph(name: string): SocialGraph {
  if (name === "planted-10k") return plantedSocialNetwork({ n: 10_000, averageDegree: 20, mixing: 0.3, seed: 1 }).graph;
  if (name === "planted-100k") return plantedSocialNetwork({ n: 100_000, averageDegree: 20, mixing: 0.3, seed: 1 }).graph;
  if (name === "musae") {
    const url = new URL("musae-facebook/musae_facebook_edges.csv", dataDir);
    if (!existsSync(url)) throw new Error("musae-facebook not found (set TIESCOPE_DATA)");
    const lines = readFileSync(url, "utf8").split("\n").slice(1).filter((l) => l.length > 0);
    const s = Int32Array.from(lines, (l) => Number(l.split(",")[0]));
    const t = Int32Array.from(lines, (l) => Number(l.split(",")[1]));
    return SocialGraph.fromArrays(s, t, null, { selfLoops: "ignore" });
  }
  throw new Error(`unknown graph ${name}`);
}
