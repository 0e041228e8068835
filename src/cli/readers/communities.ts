/** `--communities <file>`: ground-truth labels from a delimited `node,label` file. */
import { SocialGraph } from "../../graph/social-graph.js";
import { detectDelimiter } from "../detect.js";
import { CliError } from "../errors.js";
import { splitRow } from "./delimited.js";
import { dataLines } from "./text.js";

/** Community label per node index; nodes the file does not mention get "(none)". @throws CliError */
export function readCommunities(text: string, graph: SocialGraph, where: string): { labels: string[]; notes: string[] } {
  const lines = [...dataLines(text)];
  if (lines.length === 0) throw new CliError(`${where}: no rows`);
  const delimiter = detectDelimiter(lines.slice(0, 1).map((l) => l.text));
  const labels = new Array<string | null>(graph.order).fill(null);
  let unknown = 0;
  lines.forEach(({ text: row, line }, k) => {
    const f = splitRow(row, delimiter);
    if (f.length < 2 || f[0] === "" || f[1] === "") throw new CliError(`${where} line ${line}: expected node${delimiter === "whitespace" ? " " : delimiter}label`);
    const i = graph.indexOrMissing(f[0]!);
    if (i < 0) {
      if (k > 0) unknown++;
      return;
    }
    labels[i] = f[1]!;
  });
  const missing = labels.filter((l) => l === null).length;
  if (missing === graph.order) throw new CliError(`${where}: none of its nodes is in the graph`);
  const notes: string[] = [];
  if (unknown > 0) notes.push(`${unknown} rows of ${where} name nodes not in the graph (ignored)`);
  if (missing > 0) notes.push(`${missing} nodes have no label in ${where} (grouped as "(none)")`);
  return { labels: labels.map((l) => l ?? "(none)"), notes };
}
