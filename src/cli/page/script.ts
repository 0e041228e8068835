/**
 * The report page's script (plain browser JavaScript, inlined into report.html). It reads the
 * embedded JSON, draws the network with sigma.js (a 2D-canvas drawing where WebGL is missing),
 * wires the search box, and renders the Vega-Lite plots. Kept free of backticks and "${" so it
 * can live in this template literal.
 */
export const PAGE_SCRIPT = String.raw`(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("tiescope-data").textContent);
  var view = data.view;
  var PALETTE = data.palette;
  var OTHER = "#b8c2cc";
  var BRIDGE = "#e4572e";
  var status = { network: "pending", plots: {} };
  window.tiescopeStatus = status;

  function colorOf(c) { return c < PALETTE.length ? PALETTE[c] : OTHER; }
  function fmt(x) {
    if (typeof x !== "number" || !isFinite(x)) return String(x);
    if (Number.isInteger(x)) return x.toLocaleString("en");
    return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3);
  }

  // ---- network view -------------------------------------------------------------------------
  var container = document.getElementById("network");
  var selected = null;
  var neighbours = {};
  var adjacency = [];
  for (var i = 0; i < view.key.length; i++) adjacency.push([]);
  for (var e = 0; e < view.source.length; e++) {
    adjacency[view.source[e]].push(view.target[e]);
    adjacency[view.target[e]].push(view.source[e]);
  }
  var renderer = null;
  var fallback = null;

  function SigmaClass() {
    var S = window.Sigma;
    if (!S) return null;
    if (typeof S === "function") return S;
    return S.Sigma || S.default || null;
  }

  function buildSigma() {
    var Ctor = SigmaClass();
    if (!Ctor || !window.graphology) throw new Error("sigma.js unavailable");
    var G = window.graphology.Graph || window.graphology;
    var g = new G({ type: view.directed ? "directed" : "undirected", multi: true });
    for (var i = 0; i < view.key.length; i++) {
      g.addNode(String(i), { x: view.x[i], y: view.y[i], size: view.size[i], label: view.label[i], color: colorOf(view.community[i]) });
    }
    for (var e = 0; e < view.source.length; e++) {
      var b = view.bridge[e] === 1;
      g.addEdge(String(view.source[e]), String(view.target[e]), { color: b ? BRIDGE : "#c3cad2", size: b ? 2 : 1 + 1.5 * view.strength[e], zIndex: b ? 1 : 0, type: view.directed ? "arrow" : "line" });
    }
    var r = new Ctor(g, container, {
      zIndex: true,
      labelRenderedSizeThreshold: view.key.length > 300 ? 10 : view.key.length > 60 ? 6 : 0,
      nodeReducer: function (node, attrs) {
        if (selected === null) return attrs;
        var n = Number(node);
        if (n === selected) return Object.assign({}, attrs, { highlighted: true, forceLabel: true, size: attrs.size * 1.6 });
        if (neighbours[n]) return Object.assign({}, attrs, { forceLabel: view.key.length < 2000 });
        return Object.assign({}, attrs, { color: "#e3e8ee", label: "" });
      },
      edgeReducer: function (edge, attrs) {
        if (selected === null) return attrs;
        var ends = g.extremities(edge);
        var touches = Number(ends[0]) === selected || Number(ends[1]) === selected;
        return touches ? Object.assign({}, attrs, { color: attrs.color === BRIDGE ? BRIDGE : "#7b8794", size: Math.max(attrs.size, 1.5) }) : Object.assign({}, attrs, { hidden: true });
      },
    });
    r.on("clickNode", function (ev) { select(Number(ev.node), false); });
    r.on("clickStage", function () { select(null, false); });
    return r;
  }

  // A plain 2D-canvas drawing for browsers without WebGL (sigma needs it).
  function buildFallback(reason) {
    var canvas = document.createElement("canvas");
    canvas.className = "fallback";
    container.appendChild(canvas);
    var note = document.createElement("p");
    note.className = "sample-note";
    note.textContent = "WebGL is not available (" + reason + "); showing a static drawing.";
    container.parentNode.appendChild(note);
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (var i = 0; i < view.key.length; i++) {
      minX = Math.min(minX, view.x[i]); maxX = Math.max(maxX, view.x[i]);
      minY = Math.min(minY, view.y[i]); maxY = Math.max(maxY, view.y[i]);
    }
    function project(i, w, h) {
      var s = Math.min((w - 40) / Math.max(1e-9, maxX - minX), (h - 40) / Math.max(1e-9, maxY - minY));
      return [20 + (view.x[i] - minX) * s + (w - 40 - (maxX - minX) * s) / 2, h - 20 - (view.y[i] - minY) * s - (h - 40 - (maxY - minY) * s) / 2];
    }
    function draw() {
      var ratio = window.devicePixelRatio || 1;
      var w = container.clientWidth, h = container.clientHeight;
      canvas.width = w * ratio; canvas.height = h * ratio;
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, w, h);
      for (var e = 0; e < view.source.length; e++) {
        var a = view.source[e], b = view.target[e];
        if (selected !== null && a !== selected && b !== selected) continue;
        var p = project(a, w, h), q = project(b, w, h);
        ctx.strokeStyle = view.bridge[e] === 1 ? BRIDGE : "rgba(120,130,140,0.3)";
        ctx.lineWidth = view.bridge[e] === 1 ? 1.6 : 0.6;
        ctx.beginPath(); ctx.moveTo(p[0], p[1]); ctx.lineTo(q[0], q[1]); ctx.stroke();
      }
      for (var i = 0; i < view.key.length; i++) {
        var pt = project(i, w, h);
        var dim = selected !== null && i !== selected && !neighbours[i];
        ctx.fillStyle = dim ? "#e3e8ee" : colorOf(view.community[i]);
        ctx.beginPath(); ctx.arc(pt[0], pt[1], Math.max(2, view.size[i] * (i === selected ? 0.9 : 0.55)), 0, 2 * Math.PI); ctx.fill();
        if (i === selected) { ctx.fillStyle = "#1f2933"; ctx.font = "12px sans-serif"; ctx.fillText(view.label[i], pt[0] + 8, pt[1] - 8); }
      }
    }
    canvas.addEventListener("click", function (ev) {
      var rect = canvas.getBoundingClientRect(), best = null, bestD = 144;
      for (var i = 0; i < view.key.length; i++) {
        var pt = project(i, container.clientWidth, container.clientHeight);
        var d = Math.pow(pt[0] - (ev.clientX - rect.left), 2) + Math.pow(pt[1] - (ev.clientY - rect.top), 2);
        if (d < bestD) { bestD = d; best = i; }
      }
      select(best, false);
    });
    window.addEventListener("resize", draw);
    draw();
    return { refresh: draw };
  }

  function showSelection(i) {
    var box = document.getElementById("selection");
    if (i === null) { box.innerHTML = ""; document.body.removeAttribute("data-selected"); return; }
    var info = data.nodeInfo;
    var rows = [
      ["Name", view.label[i]], ["Key", view.key[i]], ["Community", data.communityLabels[view.community[i]]],
      ["Contacts", fmt(info.degree[i])], ["Engaged audience", fmt(info.engaged[i])], ["Reach", fmt(info.reach[i])],
      ["Within " + data.summary.engagement.hops + " hops", fmt(info.extendedReach[i])], ["Quadrant", info.quadrant[i]],
      ["Role", info.role[i]], ["Connector", info.connector[i]],
    ];
    var html = "<dl>";
    rows.forEach(function (r) { html += "<dt>" + escapeHtml(r[0]) + "</dt><dd>" + escapeHtml(String(r[1])) + "</dd>"; });
    box.innerHTML = html + "</dl>";
    document.body.setAttribute("data-selected", view.key[i]);
  }

  function select(i, moveCamera) {
    selected = i;
    neighbours = {};
    if (i !== null) adjacency[i].forEach(function (j) { neighbours[j] = true; });
    showSelection(i);
    if (renderer) {
      renderer.refresh();
      // Small networks fit the view: only larger ones move the camera to the chosen person.
      if (moveCamera && i !== null && view.key.length > 200) {
        var d = renderer.getNodeDisplayData(String(i));
        if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 400 });
      }
    } else if (fallback) fallback.refresh();
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }

  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (q === "") return null;
    var i, partial = null;
    for (i = 0; i < view.key.length; i++) if (view.label[i].toLowerCase() === q || view.key[i].toLowerCase() === q) return i;
    for (i = 0; i < view.key.length; i++) if (view.label[i].toLowerCase().indexOf(q) === 0) return i;
    for (i = 0; i < view.key.length; i++) if (partial === null && view.label[i].toLowerCase().indexOf(q) >= 0) partial = i;
    return partial;
  }

  var search = document.getElementById("search");
  var list = document.getElementById("search-names");
  var names = view.label.slice(0, 5000).map(function (l) { var o = document.createElement("option"); o.value = l; return o; });
  names.forEach(function (o) { list.appendChild(o); });
  function runSearch() {
    var i = findNode(search.value);
    var msg = document.getElementById("search-status");
    if (search.value.trim() === "") { msg.textContent = ""; select(null, false); return; }
    if (i === null) { msg.textContent = "No drawn node matches \u201c" + search.value + "\u201d."; return; }
    msg.textContent = "";
    select(i, true);
  }
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });

  try {
    renderer = buildSigma();
    container.setAttribute("data-renderer", "sigma");
  } catch (err) {
    fallback = buildFallback(err && err.message ? err.message : String(err));
    container.setAttribute("data-renderer", "canvas");
  }
  status.network = "ok";

  // ---- plots (Vega-Lite) ----------------------------------------------------------------------
  var base = { width: "container", height: 260, autosize: { type: "fit", contains: "padding" } };
  function spec(extra) { return Object.assign({}, base, extra); }
  var s = data.summary;
  var maxReach = data.scatter.reduce(function (m, p) { return Math.max(m, p.reach); }, 1);
  var quadColors = { domain: ["power", "engaged-core", "broadcaster", "quiet"], range: ["#2a9d8f", "#4c78a8", "#e4572e", "#b8c2cc"] };
  var plots = {
    "plot-engagement": spec({
      layer: [
        { data: { values: data.scatter }, mark: { type: "point", filled: true, opacity: 0.65, size: 40 },
          encoding: {
            x: { field: "reach", type: "quantitative", title: "Reach (audience size)", scale: { type: "symlog", domain: [0, maxReach * 1.15], nice: false } },
            y: { field: "engagementRate", type: "quantitative", title: "Engagement rate (engaged / audience)", scale: { domain: [0, 1], padding: 8 } },
            color: { field: "quadrant", type: "nominal", scale: quadColors, legend: { orient: "bottom", title: null } },
            tooltip: [{ field: "label", title: "name" }, { field: "reach" }, { field: "extendedReach", title: "within " + s.engagement.hops + " hops" }, { field: "engaged", title: "engaged audience" }, { field: "engagementRate", format: ".2f", title: "rate" }, { field: "quadrant" }] } },
        { data: { values: [{ x: s.engagement.reachSplit }] }, mark: { type: "rule", strokeDash: [4, 4], color: "#616e7c" }, encoding: { x: { field: "x", type: "quantitative" } } },
        { data: { values: [{ y: s.engagement.engagementSplit }] }, mark: { type: "rule", strokeDash: [4, 4], color: "#616e7c" }, encoding: { y: { field: "y", type: "quantitative" } } },
      ],
    }),
    "plot-ties": spec({
      layer: [
        { data: { values: data.histogram }, mark: { type: "bar" },
          encoding: {
            x: { field: "x0", type: "quantitative", bin: { binned: true, step: 0.05 }, title: "Tie strength", scale: { domain: [0, 1] } },
            x2: { field: "x1" },
            y: { field: "count", type: "quantitative", title: "Ties", stack: true },
            color: { field: "kind", type: "nominal", scale: { domain: ["weak", "strong"], range: [BRIDGE, "#4c78a8"] }, legend: { orient: "bottom", title: null } },
            tooltip: [{ field: "kind" }, { field: "count" }, { field: "x0", title: "from" }, { field: "x1", title: "to" }] } },
        { data: { values: [{ t: s.ties.threshold }] }, mark: { type: "rule", color: "#1f2933", strokeWidth: 2 }, encoding: { x: { field: "t", type: "quantitative" } } },
        { data: { values: [{ t: s.ties.threshold, text: "threshold " + s.ties.threshold.toFixed(3) }] }, mark: { type: "text", align: "left", dx: 4, dy: -4, baseline: "top", y: 0 }, encoding: { x: { field: "t", type: "quantitative" }, text: { field: "text" } } },
      ],
    }),
    "plot-percolation": spec({
      data: { values: data.percolation },
      mark: { type: "line", point: true },
      encoding: {
        x: { field: "removed", type: "quantitative", title: "Fraction of ties removed", axis: { format: "%" } },
        y: { field: "largest", type: "quantitative", title: "Largest component (fraction of people)", scale: { domain: [0, 1] } },
        color: { field: "order", type: "nominal", scale: { domain: ["weak ties first", "strong ties first"], range: [BRIDGE, "#4c78a8"] }, legend: { orient: "bottom", title: null } },
        tooltip: [{ field: "order" }, { field: "removed", format: ".0%" }, { field: "largest", format: ".3f" }] },
    }),
    "plot-communities": spec({
      data: { values: data.communitySizes },
      mark: { type: "bar" },
      encoding: {
        y: { field: "label", type: "nominal", sort: "-x", title: null },
        x: { field: "size", type: "quantitative", title: "People" },
        color: { field: "color", type: "nominal", scale: null, legend: null },
        tooltip: [{ field: "label", title: "community" }, { field: "size" }] },
    }),
  };
  Object.keys(plots).forEach(function (id) {
    var el = document.getElementById(id);
    status.plots[id] = "pending";
    if (typeof window.vegaEmbed !== "function") { status.plots[id] = "error: vega-embed missing"; el.textContent = "Plot library failed to load."; return; }
    window.vegaEmbed(el, plots[id], { mode: "vega-lite", actions: false, renderer: "svg" }).then(function () {
      status.plots[id] = "ok";
      el.setAttribute("data-rendered", "1");
    }).catch(function (err) {
      status.plots[id] = "error: " + err.message;
      el.textContent = "Plot failed: " + err.message;
    });
  });
})();
`;
