/**
 * End to end in a real browser: run `tiescope report` on a small fixture, open report.html in
 * headless Chromium (Debian's package, driven by playwright-core), check that the network canvas
 * and every plot rendered and that search selects a node, save a screenshot under test-output/;
 * then load the core ESM build in a page. Skips, loudly, only when Chromium is not installed
 * (scripts/install-chromium.sh installs it).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/run.js";
import { fixture, recorder } from "./helpers.js";

const CHROMIUM = process.env.TIESCOPE_CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const root = fileURLToPath(new URL("../../", import.meta.url));
const outputDir = join(root, "test-output");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

if (!available) {
  const line = "!".repeat(96);
  console.warn(`\n${line}\n!! WARNING: ${CHROMIUM} not found: the report browser test is SKIPPED.\n!! Install it with scripts/install-chromium.sh (Debian's chromium package).\n${line}\n`);
}

describe.skipIf(!available)("report.html in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  const remote: string[] = [];
  const errors: string[] = [];
  const reportDir = join(outputDir, "browser-report");

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    const stderr = recorder();
    const code = await main(["report", fixture("two-triangles.gexf"), "-o", reportDir, "-q"], { stdout: recorder(), stderr, version: "e2e" });
    expect(stderr.text()).toBe("");
    expect(code).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith("file:") && !r.url().startsWith("data:") && !r.url().startsWith("http://tiescope.test/")) remote.push(r.url());
    });
    await page.goto(pathToFileURL(join(reportDir, "report.html")).href);
    await page.waitForFunction(
      () => {
        const s = (window as unknown as { tiescopeStatus?: { network: string; plots: Record<string, string> } }).tiescopeStatus;
        return !!s && s.network === "ok" && Object.keys(s.plots).length === 4 && Object.values(s.plots).every((v) => v !== "pending");
      },
      undefined,
      { timeout: 15_000 },
    );
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("loads offline, without script errors", () => {
    expect(errors).toEqual([]);
    expect(remote).toEqual([]);
  });

  it("draws the network on a canvas with visible pixels", async () => {
    const renderer = await page.getAttribute("#network", "data-renderer");
    expect(["sigma", "canvas"]).toContain(renderer);
    if (renderer !== "sigma") console.warn("!! WebGL unavailable in this Chromium: the page fell back to its 2D-canvas drawing");
    const canvases = await page.$$eval("#network canvas", (cs) => cs.map((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]));
    expect(canvases.length).toBeGreaterThan(0);
    expect(canvases.every(([w, h]) => w! > 0 && h! > 0)).toBe(true);
    // Count non-background pixels of a screenshot of the view (WebGL buffers cannot be read back).
    const png = (await page.locator("#network").screenshot()).toString("base64");
    const inked = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 235 || px[i + 1]! < 235 || px[i + 2]! < 235) n++;
      return n / (px.length / 4);
    }, png);
    expect(inked).toBeGreaterThan(0.005);
  });

  it("renders every plot with its marks", async () => {
    const status = await page.evaluate(() => (window as unknown as { tiescopeStatus: { plots: Record<string, string> } }).tiescopeStatus.plots);
    expect(status).toEqual({ "plot-engagement": "ok", "plot-ties": "ok", "plot-percolation": "ok", "plot-communities": "ok" });
    const count = (selector: string) => page.$$eval(selector, (els) => els.length);
    expect(await count("#plot-engagement svg .mark-symbol.role-mark path")).toBe(6); // one point per person
    expect(await count("#plot-ties svg .mark-rect.role-mark path")).toBeGreaterThan(0);
    expect(await count("#plot-ties svg .mark-rule.role-mark line")).toBe(1); // the threshold
    expect(await count("#plot-percolation svg .mark-line.role-mark path")).toBe(2); // weak-first, strong-first
    expect(await count("#plot-communities svg .mark-rect.role-mark path")).toBe(2); // left, right
  });

  it("selects a node from the search box", async () => {
    await page.fill("#search", "fay");
    await page.press("#search", "Enter");
    await page.waitForFunction(() => document.body.dataset.selected === "f", undefined, { timeout: 5000 });
    expect(await page.textContent("#selection")).toContain("Fay");
    expect(await page.textContent("#selection")).toContain("right");
    await page.fill("#search", "nobody");
    await page.press("#search", "Enter");
    expect(await page.textContent("#search-status")).toContain("No drawn node matches");
    await page.fill("#search", "Cruz");
    await page.press("#search", "Enter");
    await page.waitForFunction(() => document.body.dataset.selected === "c", undefined, { timeout: 5000 });
    await page.waitForTimeout(500); // camera animation
    await page.screenshot({ path: join(outputDir, "report-e2e.png"), fullPage: true });
    expect(existsSync(join(outputDir, "report-e2e.png"))).toBe(true);
  });

  it("loads the core ESM build in a page", async () => {
    // dist/index.js when built (npm run build), else the sources; bundled for the browser with
    // esbuild (platform "browser": a Node-only import would fail the build).
    const entry = existsSync(join(root, "dist/index.js")) ? join(root, "dist/index.js") : join(root, "src/index.ts");
    const bundle = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
    const code = bundle.outputFiles[0]!.text;
    const esm = await browser.newPage();
    await esm.route("http://tiescope.test/**", (route) => {
      const url = route.request().url();
      if (url.endsWith("/tiescope.js")) return route.fulfill({ contentType: "text/javascript", body: code });
      return route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><script type="module">
          import { karateClub, edgeEmbeddedness, SocialGraph } from "./tiescope.js";
          const { graph } = karateClub();
          const e = edgeEmbeddedness(graph);
          const g = SocialGraph.fromEdges([["a", "b", 2], ["b", "c", 1]]);
          window.result = { order: graph.order, size: graph.size, triangles: e.reduce((s, x) => s + x, 0) / 3, strength: g.strength(g.index("b")) };
        </script>`,
      });
    });
    await esm.goto("http://tiescope.test/");
    await esm.waitForFunction(() => "result" in window, undefined, { timeout: 10_000 });
    const result = await esm.evaluate(() => (window as unknown as { result: unknown }).result);
    expect(result).toEqual({ order: 34, size: 78, triangles: 45, strength: 3 });
    writeFileSync(join(outputDir, "esm-entry.txt"), `${entry}\n`);
    await esm.close();
  });
});
