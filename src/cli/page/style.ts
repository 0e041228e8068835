/** The report page's stylesheet (inlined into report.html). */
export const PAGE_STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f7f9fb; --accent: #e4572e; --card: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 20px 28px 8px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 10px; }
h3 { font-size: 14px; margin: 12px 0 6px; }
.sub { color: var(--muted); margin: 0; }
main { padding: 0 28px 28px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 14px 0; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; min-width: 110px; }
.card b { display: block; font-size: 18px; }
.card span { color: var(--muted); font-size: 12px; }
.notice { background: #fff8e6; border-color: #f0d58c; }
.notice ul { margin: 6px 0 0 18px; padding: 0; }
.network-wrap { display: grid; grid-template-columns: 1fr 260px; gap: 14px; }
#network { height: 560px; border: 1px solid var(--line); border-radius: 6px; background: #fff; position: relative; }
#network canvas.fallback { width: 100%; height: 100%; display: block; }
.side label { font-weight: 600; display: block; margin-bottom: 4px; }
.side input { width: 100%; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; font: inherit; }
#selection { margin-top: 10px; font-size: 13px; }
#selection dt { color: var(--muted); }
#selection dd { margin: 0 0 4px; }
.legend { list-style: none; padding: 0; margin: 10px 0 0; font-size: 12px; }
.legend li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.swatch { width: 12px; height: 12px; border-radius: 50%; display: inline-block; flex: none; }
.bridge-swatch { width: 16px; height: 3px; background: var(--accent); display: inline-block; }
.sample-note { color: #8a5a00; font-size: 13px; margin: 6px 0 0; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 14px; }
.plot { min-height: 300px; }
.plot .caption { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 14px; }
.tag { display: inline-block; background: #eef2f7; border-radius: 10px; padding: 0 7px; margin: 1px 2px; font-size: 12px; }
.why { color: var(--muted); font-size: 11px; margin-top: 2px; }
.path { list-style: none; padding: 0; margin: 0; }
.path li { padding: 3px 0; }
.path .hop { color: var(--muted); font-size: 12px; margin-left: 8px; }
footer { color: var(--muted); font-size: 12px; padding: 0 28px 24px; }
@media (max-width: 900px) { .network-wrap { grid-template-columns: 1fr; } }
`;
