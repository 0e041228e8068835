/**
 * `npm run bench`: runs every benchmark in this folder in turn, each in its own process.
 * Pass `--quick` for the smallest sizes only.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const quick = process.argv.includes("--quick") ? ["--quick"] : [];
const files = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
for (const file of files) {
  console.log(`\n### ${file}`);
  execFileSync(process.execPath, ["--import", "tsx", `benchmarks/${file}`, ...quick], { stdio: "inherit" });
}
