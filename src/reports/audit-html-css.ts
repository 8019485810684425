// The audit page's style sheet (inline, no external fonts or files): tables as printed, marked
// cells and sentences coloured by severity, findings in a column beside what they concern.
export const AUDIT_CSS = `
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif;
  color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 1480px; padding: 24px; line-height: 1.6; font-size: 15px; }
h1 { font-size: 1.6em; margin: 0 0 .4em; }
h2 { font-size: 1.35em; margin: 2.5em 0 .4em; padding-top: .6em; border-top: 3px solid #1a1a1a; }
h3 { font-size: 1.1em; margin: 1.2em 0 .3em; }
h4 { font-size: 1em; margin: .8em 0 .3em; }
a { color: #0b4f9c; }
.summary { border-collapse: collapse; width: 100%; font-size: 14px; }
.summary th, .summary td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; }
.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary th, .summary td.n, .summary td.nw { white-space: nowrap; }
.summary tr.bad td { background: #fde2e2; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 3px; font-weight: 700; margin-right: .4em; }
.badge.error { background: #b00020; color: #fff; } .badge.warning { background: #b36b00; color: #fff; } .badge.info { background: #2a6ebb; color: #fff; }
.facts { margin: .3em 0; padding: 0; list-style: none; } .facts li { margin: .1em 0; }
.failed { background: #fde2e2; border-left: 4px solid #b00020; padding: .5em .8em; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1.2rem; align-items: start; margin: 1em 0 2em; }
@media (max-width: 1000px) { .pair { grid-template-columns: 1fr; } }
aside { position: sticky; top: 8px; max-height: 96vh; overflow-y: auto; }
.card { border-left: 4px solid #999; background: #fafafa; padding: .4em .6em; margin: 0 0 .6em; font-size: 14px; }
.card.error { border-color: #b00020; } .card.warning { border-color: #b36b00; } .card.info { border-color: #2a6ebb; }
.card:target { outline: 2px solid #0b4f9c; }
.card .where { color: #444; font-size: 13px; } .card .hint { color: #205020; font-size: 13px; }
.card blockquote { margin: .2em 0; padding-left: .5em; border-left: 2px solid #ccc; color: #333; }
.no { display: inline-block; min-width: 1.6em; text-align: center; font-weight: 700; border-radius: 3px; color: #fff; background: #999; margin-right: .3em; }
.card.error .no { background: #b00020; } .card.warning .no { background: #b36b00; } .card.info .no { background: #2a6ebb; }
.table-wrap { overflow-x: auto; }
table.t, .table-wrap table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.4; }
.table-wrap th, .table-wrap td { border: 1px solid #595959; padding: 3px 6px; vertical-align: middle; }
.table-wrap thead th { background: #eef1f5; text-align: center; }
.table-wrap tbody th { font-weight: 400; text-align: left; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.code { text-align: center; white-space: nowrap; }
tr.total > * { font-weight: 700; }
td.hit, th.hit { outline: 2px solid; outline-offset: -2px; }
.hit.error, tr.hit-row.error > * { background: #fde2e2; } .hit.error { outline-color: #b00020; }
.hit.warning, tr.hit-row.warning > * { background: #fff1d6; } .hit.warning { outline-color: #b36b00; }
.hit.info, tr.hit-row.info > * { background: #e4effb; } .hit.info { outline-color: #2a6ebb; }
sup a.mark { display: inline-block; text-indent: 0; margin-left: 2px; padding: 0 3px; border-radius: 2px; color: #fff; font-size: 10px; text-decoration: none; }
a.mark.error { background: #b00020; } a.mark.warning { background: #b36b00; } a.mark.info { background: #2a6ebb; }
.sheet-meta, .note { font-size: 13px; margin: .2em 0; }
.narrative p { text-indent: 2em; margin: 0 0 .5em; }
mark { padding: 0 1px; } mark.error { background: #fbc4c4; } mark.warning { background: #ffe2a8; } mark.info { background: #cfe2f7; }
details.clean, details.problems { margin: .4em 0; } details.problems > summary { cursor: pointer; font-weight: 700; } details.clean > summary { cursor: pointer; color: #205020; }
@media print { aside { position: static; max-height: none; } details.clean { display: none; } }
`.trim();
