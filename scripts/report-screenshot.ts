/**
 * Screenshot of a report page for the docs: `npx tsx scripts/report-screenshot.ts <report.html> <out.png> [width] [height]`.
 * Opens the page in headless Chromium (Debian's package, as the browser test), waits until the
 * network and every plot have rendered, and saves the top `width` × `height` pixels.
 */
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { chromium } from "playwright-core";

const [page_, out, width = "1200", height = "1500"] = process.argv.slice(2);
if (!page_ || !out) {
  console.error("usage: tsx scripts/report-screenshot.ts <report.html> <out.png> [width] [height]");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.TIESCOPE_CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(pathToFileURL(resolve(page_)).href);
  await page.waitForFunction(() => {
    const s = (window as unknown as { tiescopeStatus?: { network: string; plots: Record<string, string> } }).tiescopeStatus;
    return !!s && s.network === "ok" && Object.keys(s.plots).length === 4 && Object.values(s.plots).every((v) => v !== "pending");
  }, undefined, { timeout: 30_000 });
  await page.waitForTimeout(500); // let sigma finish its first frame
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
