/**
 * The browser builds the page inlines, read from node_modules at report time so report.html
 * works offline: graphology (UMD), sigma (UMD), vega, vega-lite and vega-embed (minified UMD).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CliError } from "../errors.js";

/** Package name and the browser build inside it, in load order. */
export const PAGE_LIBRARIES = [
  ["graphology", "dist/graphology.umd.min.js"],
  ["sigma", "dist/sigma.min.js"],
  ["vega", "build/vega.min.js"],
  ["vega-lite", "build/vega-lite.min.js"],
  ["vega-embed", "build/vega-embed.min.js"],
] as const;

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();

/** The root folder of an installed package (walks up from its resolved entry to its package.json). */
export function packageRoot(name: string): string {
  let dir = dirname(require.resolve(name));
  for (let k = 0; k < 6; k++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // not the root yet
    }
    dir = dirname(dir);
  }
  throw new CliError(`cannot find the installed package ${name}`);
}

/** The text of one browser build, made safe to inline in a <script> element. */
export function libraryScript(name: string, file: string): string {
  const id = `${name}/${file}`;
  let text = cache.get(id);
  if (text === undefined) {
    try {
      text = readFileSync(join(packageRoot(name), file), "utf8");
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`cannot read ${id} (reinstall tiescope): ${(e as Error).message}`);
    }
    text = text.replace(/<\/script/gi, "<\\/script").replace(/\/\/# sourceMappingURL=\S+\s*$/, "");
    cache.set(id, text);
  }
  return text;
}
