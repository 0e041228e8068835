/**
 * report.html: one self-contained file. Static parts (figures, tables, notices) are rendered
 * here; the network view and the plots are drawn in the browser by sigma.js and Vega-Lite,
 * whose browser builds are inlined (no network access needed), from a JSON block.
 */
import type { NetworkView } from "../layout.js";
import { CONNECTOR_KINDS, type ConnectorRow, type ReportModel } from "../model.js";
import { PAGE_SCRIPT } from "../page/script.js";
import { PAGE_STYLE } from "../page/style.js";
import { libraryScript, PAGE_LIBRARIES } from "./assets.js";
import type { Summary } from "./summary.js";

/** Community colours (Tableau 10 plus two); communities beyond get grey. */
export const PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#b279a2", "#eeca3b", "#72b7b2", "#9d755d", "#ff9da6", "#79706e", "#bab0ac", "#17becf", "#8c564b"];

/** Members listed per Dunbar layer on the page. */
const DUNBAR_SHOWN = 25;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** JSON safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const h = escapeHtml;
const num = (x: number, digits = 3): string => (!Number.isFinite(x) ? "—" : Number.isInteger(x) ? x.toLocaleString("en") : x.toFixed(digits));

function table(head: string[], rows: string[][], numeric: boolean[] = []): string {
  if (rows.length === 0) return `<p class="sub">None.</p>`;
  const th = head.map((c, k) => `<th${numeric[k] ? ' class="num"' : ""}>${h(c)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c, k) => `<td${numeric[k] ? ' class="num"' : ""}>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function connectorTable(rows: ConnectorRow[], by: "power" | "mega"): string {
  return table(
    ["Person", "Kind", by === "power" ? "Power score" : "Mega score", "Contacts", "Strong ties", "Weak share", "Communities via strong ties", "Introductions"],
    rows.map((r) => [h(r.label), h(r.kind), num(by === "power" ? r.powerScore : r.megaScore, 2), num(r.degree), num(r.strongTies), num(r.weakShare, 2), num(r.strongCommunities), num(r.introductions)]),
    [false, false, true, true, true, true, true, true],
  );
}

/** The page data the script reads; `summary` is `summaryOf(model, view)`. */
export function pageData(model: ReportModel, view: NetworkView, summary: Summary): Record<string, unknown> {
  const index = new Map(model.keys.map((k, i) => [k, i] as const));
  const drawn = view.key.map((k) => index.get(k)!);
  return {
    summary,
    view,
    palette: PALETTE,
    communityLabels: model.communities.labels,
    nodeInfo: {
      degree: drawn.map((i) => model.degree[i]!),
      reach: drawn.map((i) => model.engagement.reach[i]!),
      extendedReach: drawn.map((i) => model.engagement.extendedReach[i]!),
      engaged: drawn.map((i) => Math.round(model.engagement.engagedAudience[i]! * 100) / 100),
      quadrant: drawn.map((i) => model.engagement.quadrant[i]!),
      role: drawn.map((i) => model.roles.role[i]!),
      connector: drawn.map((i) => CONNECTOR_KINDS[model.connectors.kind[i]!]!),
    },
    scatter: model.engagement.points.map((p) => ({
      label: p.label,
      reach: p.reach,
      extendedReach: p.extendedReach,
      engaged: Math.round(p.engagedAudience * 1000) / 1000,
      engagementRate: Math.round(p.engagementRate * 1000) / 1000,
      quadrant: p.quadrant,
    })),
    histogram: model.ties.histogram.flatMap((b) => [
      { x0: b.x0, x1: b.x1, kind: "weak", count: b.weak },
      { x0: b.x0, x1: b.x1, kind: "strong", count: b.strong },
    ]),
    percolation: [
      ...model.percolation.weakFirst.map((p) => ({ ...p, order: "weak ties first" })),
      ...model.percolation.strongFirst.map((p) => ({ ...p, order: "strong ties first" })),
    ],
    communitySizes: model.communities.sizes.slice(0, 30).map((c) => ({ label: c.label, size: c.size, color: c.community < PALETTE.length ? PALETTE[c.community]! : "#b8c2cc" })),
  };
}

/** The whole report page; `summary` is `summaryOf(model, view)`. */
export function reportHtml(model: ReportModel, view: NetworkView, summary: Summary): string {
  const { stats, ties, communities, bridges, connectors, dunbar, introduction, engagement } = model;
  const label = new Map(model.keys.map((k, i) => [k, model.labels[i]!] as const));
  const cards: [string, string][] = [
    [num(stats.nodes), "people"],
    [num(stats.edges), stats.directed ? "arcs" : "ties"],
    [num(stats.density, 4), "density"],
    [num(stats.components), "components"],
    [num(stats.transitivity, 3), "transitivity"],
    [num(communities.count), "communities"],
    [num(communities.modularity, 3), "modularity"],
    [num(ties.weakCount), "weak ties"],
    [num(bridges.count), "weak-tie bridges"],
  ];
  if (model.interactions) cards.unshift([num(model.interactions.events), "interactions"]);
  const notices = [
    ...model.meta.notes.map((n) => `<li>${h(n)}</li>`),
    ...(model.meta.interim.length > 0
      ? [`<li>Preview: these sections use interim methods until their library functions land: ${model.meta.interim.map((x) => `${h(x.section)} (<code>${h(x.plannedFunction)}</code>)`).join(", ")}.</li>`]
      : []),
  ];
  const legend = communities.sizes
    .slice(0, PALETTE.length)
    .map((c) => `<li><span class="swatch" style="background:${PALETTE[c.community]}"></span>${h(c.label)} (${num(c.size)})</li>`)
    .join("");
  const more = communities.count > PALETTE.length ? `<li><span class="swatch" style="background:#b8c2cc"></span>${num(communities.count - PALETTE.length)} smaller communities</li>` : "";
  const bridgeRows = bridges.top.map((b) => [
    h(label.get(b.source) ?? b.source),
    h(label.get(b.target) ?? b.target),
    num(b.score),
    num(b.strength),
    num(b.embeddedness),
    b.reasons.map((r) => `<span class="tag">${h(r)}</span>`).join("") + `<div class="why">${b.explanation.map(h).join("; ")}</div>`,
  ]);
  const comparison = communities.comparison
    ? ` Detected by Leiden: ${num(communities.comparison.detectedCount)} communities, modularity ${num(communities.comparison.detectedModularity)}; agreement with the ground truth NMI ${num(communities.comparison.nmi)}, ARI ${num(communities.comparison.ari)}.`
    : "";
  const dunbarRows = dunbar.layers.map((l) => [
    l.nominal === null ? `${l.layer} (beyond)` : `${l.layer} (≤ ${l.nominal})`,
    num(l.members.length),
    l.members.length === 0
      ? "—"
      : l.members.slice(0, DUNBAR_SHOWN).map((m) => `${h(m.label)} <span class="sub">${num(m.strength, 2)}</span>`).join(", ") +
        (l.members.length > DUNBAR_SHOWN ? ` and ${l.members.length - DUNBAR_SHOWN} more (all in summary.json)` : ""),
  ]);
  const pathHtml = introduction.found
    ? `<ol class="path">${introduction.path.map((p) => `<li>${h(p.label)}${p.tieStrength === null ? "" : `<span class="hop">tie strength ${num(p.tieStrength, 2)}</span>`}</li>`).join("")}</ol>
<p class="sub">Warmth (product of tie strengths): ${num(introduction.warmth, 4)}${introduction.weakestLink ? `; weakest link ${h(label.get(introduction.weakestLink.from) ?? introduction.weakestLink.from)} – ${h(label.get(introduction.weakestLink.to) ?? introduction.weakestLink.to)} (${num(introduction.weakestLink.strength, 2)})` : ""}. Choose the ends with <code>--from</code> and <code>--to</code>.</p>`
    : `<p class="sub">No chain of ties leads from ${h(label.get(introduction.from) ?? introduction.from)} to ${h(label.get(introduction.to) ?? introduction.to)}${stats.directed ? " along the arcs" : ""} (only ties of positive strength can carry an introduction).</p>`;
  const libraries = PAGE_LIBRARIES.map(([name, file]) => `<script data-library="${name}">\n${libraryScript(name, file)}\n</script>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tiescope ${h(model.meta.version)}">
<title>tiescope report: ${h(model.meta.name)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>tiescope report: ${h(model.meta.name)}</h1>
<p class="sub">${h(model.meta.format)} · seed ${model.meta.seed} · tiescope ${h(model.meta.version)}</p>
<div class="cards">${cards.map(([v, k]) => `<div class="card"><b>${v}</b><span>${h(k)}</span></div>`).join("")}</div>
</header>
<main>
${notices.length > 0 ? `<section class="notice" id="notices"><b>About this report</b><ul>${notices.join("")}</ul></section>` : ""}
<section id="network-section">
<h2>The network</h2>
<div class="network-wrap">
<div><div id="network" role="img" aria-label="Network view: people coloured by community, weak-tie bridges in orange"></div>
${view.note ? `<p class="sample-note" id="sample-note">${h(view.note)}</p>` : ""}</div>
<div class="side">
<label for="search">Find a person</label>
<input id="search" type="search" list="search-names" placeholder="name or id" autocomplete="off">
<datalist id="search-names"></datalist>
<p class="sub" id="search-status"></p>
<div id="selection"></div>
<ul class="legend">${legend}${more}<li><span class="bridge-swatch"></span>weak-tie bridge</li><li>node size: engaged audience</li></ul>
<p class="sub">Communities: ${h(communities.method)}.</p>
</div>
</div>
</section>
<section id="plots-section">
<h2>Plots</h2>
<div class="plots">
<div><h3>Engagement versus reach</h3><div class="plot" id="plot-engagement"></div><p class="caption">Dashed lines: the quadrant cut-offs, median reach (${num(engagement.reachSplit, 1)}) and median engagement rate (${num(engagement.engagementSplit, 2)}). ${h(engagement.method)}.${engagement.sampled ? ` Showing ${num(engagement.points.length)} of ${num(stats.nodes)} people.` : ""}</p></div>
<div><h3>Tie strength</h3><div class="plot" id="plot-ties"></div><p class="caption">${num(ties.weakCount)} weak and ${num(ties.strongCount)} strong ties; threshold ${num(ties.threshold)}. ${h(ties.method)}.</p></div>
<div><h3>Removing weak ties first versus strong ties first</h3><div class="plot" id="plot-percolation"></div><p class="caption">Largest connected group as ties are removed (Onnela et al. 2007).</p></div>
<div><h3>Community sizes</h3><div class="plot" id="plot-communities"></div><p class="caption">${communities.count > 30 ? `The 30 largest of ${num(communities.count)} communities. ` : ""}Modularity ${num(communities.modularity)}.${comparison}</p></div>
</div>
</section>
<section id="tables-section">
<h2>Tables</h2>
<div class="tables">
<div id="table-bridges"><h3>Top weak-tie bridges</h3>${table(["From", "To", "Score", "Strength", "Shared contacts", "Reasons"], bridgeRows, [false, false, true, true, true, false])}<p class="sub">${h(bridges.method)}.</p></div>
<div id="table-connectors"><h3>Power connectors</h3>${connectorTable(connectors.power, "power")}<h3>Mega connectors</h3>${connectorTable(connectors.mega, "mega")}<p class="sub">${h(connectors.method)}.</p></div>
<div id="table-dunbar"><h3>Dunbar layers of ${h(dunbar.egoLabel)}</h3>${table(["Layer", "People", "Members (tie strength)"], dunbarRows, [false, true, false])}<p class="sub">Choose the person with <code>--ego</code>.</p></div>
<div id="table-introduction"><h3>Warm introduction: ${h(label.get(introduction.from) ?? introduction.from)} → ${h(label.get(introduction.to) ?? introduction.to)}</h3>${pathHtml}</div>
</div>
</section>
</main>
<footer>Made by tiescope ${h(model.meta.version)}. summary.json holds every figure on this page; ties.csv and people.csv hold every tie and every person.</footer>
<script type="application/json" id="tiescope-data">${scriptJson(pageData(model, view, summary))}</script>
${libraries}
<script>
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}
