import { defineConfig } from "tsup";

/** One entry per public subpath; keep in sync with package.json "exports". */
export const entries = {
  index: "src/index.ts",
  "graph/index": "src/graph/index.ts",
  "generators/index": "src/generators/index.ts",
  "datasets/index": "src/datasets/index.ts",
  "interactions/index": "src/interactions/index.ts",
  "ties/index": "src/ties/index.ts",
  "communities/index": "src/communities/index.ts",
  "bridges/index": "src/bridges/index.ts",
  "roles/index": "src/roles/index.ts",
  "reach/index": "src/reach/index.ts",
  "paths/index": "src/paths/index.ts",
  "node/index": "src/node/index.ts",
};

/** The `tiescope` command (Node only, ESM, not a public subpath). */
export const cliEntries = { "cli/index": "src/cli/index.ts" };

// `npm run build` empties dist/ first; neither build cleans, since tsup runs them concurrently.
export default defineConfig([
  {
    entry: entries,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: true,
    treeshake: true,
    target: "es2022",
    outDir: "dist",
  },
  {
    entry: cliEntries,
    format: ["esm"],
    platform: "node",
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    target: "node18",
    outDir: "dist",
  },
]);
