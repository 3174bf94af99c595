/**
 * The one stylesheet, served at /assets/torneo.css. Colours meet WCAG AA contrast (body text
 * #1b1f24 on white, links #0b5cad, muted #4a5560); focus is always visible; tables scroll
 * sideways inside their own box on a phone instead of widening the page.
 */
export const STYLESHEET = `
:root { --ink: #1b1f24; --muted: #4a5560; --line: #d5dbe1; --paper: #fff; --band: #f3f5f7; --accent: #0b5cad; --accent-ink: #fff; --win: #1d6b35; --warn: #8a4b00; --flash: #fff3bf; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline: 3px solid #f0a400; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
header.site { background: #12324f; color: #fff; }
header.site .bar { max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; margin-right: auto; }
header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; align-items: center; }
.lang a[aria-current="true"] { font-weight: 700; text-decoration: none; border-bottom: 2px solid #fff; }
.live { font-size: .85rem; display: inline-flex; align-items: center; gap: .35rem; }
.live::before { content: ""; width: .6rem; height: .6rem; border-radius: 50%; background: #9aa5b1; display: inline-block; }
.live[data-state="live"]::before { background: #3ddc84; }
.live[data-state="offline"]::before { background: #f0a400; }
header.site form { display: inline; margin: 0; }
header.site button { background: none; border: 1px solid #fff; color: #fff; border-radius: 4px; padding: .15rem .6rem; font: inherit; cursor: pointer; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.7rem; margin: .5rem 0 1rem; line-height: 1.2; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.muted, .note { color: var(--muted); }
.note { font-size: .92rem; }
.breadcrumbs { font-size: .92rem; margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; }
.breadcrumbs li + li::before { content: "›"; margin-right: .25rem; color: var(--muted); }
.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .layout.with-infobox { grid-template-columns: minmax(0, 1fr) 20rem; } .layout.with-infobox .infobox { order: 2; } }
.infobox { border: 1px solid var(--line); background: var(--band); padding: .75rem; align-self: start; font-size: .95rem; }
.infobox table { width: 100%; }
.infobox caption { font-weight: 700; font-size: 1.05rem; padding-bottom: .5rem; text-align: center; }
.infobox th { text-align: left; vertical-align: top; padding: .25rem .5rem .25rem 0; width: 45%; }
.infobox td { padding: .25rem 0; }
.cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.card h3 { margin: 0 0 .25rem; }
/* A table wider than its box scrolls inside it; shadows at the edges say there is more. */
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; position: relative;
  background: linear-gradient(to right, var(--paper) 30%, rgba(255,255,255,0)) left / 2rem 100% no-repeat local,
    linear-gradient(to left, var(--paper) 30%, rgba(255,255,255,0)) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) left / .8rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) right / .8rem 100% no-repeat scroll; }
table.data { border-collapse: collapse; font-variant-numeric: tabular-nums; min-width: 100%; }
table.data caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
/* In a table that scrolls sideways the caption stays in view and wraps within the screen. */
.table-wrap table.data caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); white-space: normal; }
form.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 0 0 1rem; }
form.controls label { display: inline-flex; align-items: center; gap: .4rem; }
table.data th, table.data td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
table.data thead th { background: var(--band); text-align: center; font-weight: 600; }
table.data thead th.team, table.data th[scope="row"] { text-align: left; }
table.data td { text-align: center; }
table.data td.text, table.data th.text, table.facts td { text-align: left; white-space: normal; }
table.data tr.qualifies th[scope="row"] { border-left: 4px solid var(--win); }
table.data td.pts { font-weight: 700; }
/* Long sentences: every column wraps, so the table fits its column beside the infobox. */
table.links { width: 100%; }
table.links th, table.links td { white-space: normal; vertical-align: top; }
table.links th[scope="row"] { font-weight: 500; }
table.links th.text { min-width: 9rem; }
table.links td.text { min-width: 7rem; }
table.links td.effect { min-width: 12rem; }
abbr[title] { text-decoration: none; cursor: help; }
.unknown { color: var(--warn); font-style: italic; }
.partial-notice, .recorded-outcome { border-left: 4px solid var(--warn); background: #fff8ec; padding: .4rem .75rem; margin: .5rem 0; }
.recorded-outcome { border-left-color: var(--accent); background: var(--band); }
.partial-notice p, .recorded-outcome p { margin: .2rem 0; }
.adj { color: var(--warn); font-weight: 600; }
table.matrix td { min-width: 3.2rem; }
table.matrix td.self { background: var(--band); }
.score { font-weight: 700; white-space: nowrap; }
.score small { font-weight: 400; color: var(--muted); white-space: normal; }
/* In a table, what came after 90 minutes goes under the score: the column stays narrow. */
table.data .score small { display: block; font-size: .8rem; }
.outcome { display: inline-block; width: 1.3rem; border-radius: 3px; font-size: .75rem; font-weight: 700; color: #fff; text-align: center; margin-right: .35rem; }
.outcome.W { background: var(--win); } .outcome.D { background: #5f6b76; } .outcome.L { background: #a12622; }
td.result { white-space: nowrap; }
.form span { display: inline-block; width: 1.3rem; border-radius: 3px; font-size: .75rem; color: #fff; text-align: center; margin-right: 1px; }
.form .W { background: var(--win); } .form .D { background: #5f6b76; } .form .L { background: #a12622; }
.legend { display: flex; align-items: center; gap: .5rem; }
.legend .swatch { display: inline-block; width: 4px; height: 1.1rem; background: var(--win); }
ol.bracket { position: relative; display: flex; gap: 2rem; overflow-x: auto; padding: 0 0 1rem; margin: 0; list-style: none; }
ol.bracket > li { display: flex; flex-direction: column; justify-content: space-around; gap: 1rem; min-width: 15rem; }
ol.bracket h3 { margin: 0; font-size: 1rem; text-align: center; }
.tie { border: 1px solid var(--line); border-radius: 6px; position: relative; background: var(--paper); }
ol.bracket > li:not(:last-child) .tie::after { content: ""; position: absolute; right: -1rem; top: 50%; width: 1rem; border-top: 2px solid var(--line); }
ol.bracket > li:not(:first-child) .tie::before { content: ""; position: absolute; left: -1rem; top: 50%; width: 1rem; border-top: 2px solid var(--line); }
.tie .side { display: flex; justify-content: space-between; gap: .5rem; padding: .35rem .6rem; }
.tie .side + .side { border-top: 1px solid var(--line); }
.tie .side.winner { font-weight: 700; background: #e8f4ec; }
.tie .how { font-size: .85rem; color: var(--muted); padding: .25rem .6rem; border-top: 1px dashed var(--line); }
.tie .side > span:first-child { display: flex; flex-direction: column; }
.tie .slot-note { font-size: .75rem; }
.tie.excluded .how { color: var(--ink, inherit); }
ol.timeline { list-style: none; padding: 0; }
ol.timeline li { display: grid; grid-template-columns: 4rem 1fr; gap: .5rem; padding: .3rem 0; border-bottom: 1px solid var(--line); }
ol.timeline li.away { text-align: right; grid-template-columns: 1fr 4rem; }
ol.timeline li.away .min { order: 2; }
.min { font-weight: 700; font-variant-numeric: tabular-nums; }
.scoreline { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); gap: 1rem; align-items: center; text-align: center; margin: 1rem 0; }
.scoreline .team { font-size: 1.2rem; font-weight: 600; }
.scoreline .big { font-size: 2.2rem; font-weight: 800; }
.scoreline .big small { display: block; font-size: 1rem; }
.scoreline .team { overflow-wrap: break-word; hyphens: auto; min-width: 0; }
ol.history { padding-left: 1.25rem; }
ul.changes { margin: .15rem 0 .5rem; padding-left: 1rem; }
ul.changes .field { font-family: ui-monospace, monospace; font-size: .88rem; }
ul.changes del { color: #a12622; } ul.changes ins { color: var(--win); text-decoration: none; font-weight: 600; }
ul.changes li { overflow-wrap: anywhere; }
.kick-scored { color: var(--win); font-weight: 600; } .kick-missed, .kick-saved { color: #a12622; font-weight: 600; }
.lineups { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
svg.chart { width: 100%; max-width: 42rem; height: auto; }
svg.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg.chart .grid { stroke: var(--line); }
svg.chart polyline { fill: none; stroke: var(--accent); stroke-width: 2.5; }
svg.chart circle { fill: var(--accent); }
svg.heat-map { max-width: 100%; height: auto; }
svg.heat-map text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg.heat-map .cell { fill: var(--accent); stroke: none; }
svg.heat-map .cell-figure { font-size: 11px; }
svg.heat-map .cell-figure.on-dark { fill: #fff; }
.forecast-status progress { display: block; width: 100%; max-width: 32rem; margin-top: 0.5rem; }
form.stack { display: grid; gap: .9rem; max-width: 32rem; }
form.stack label { font-weight: 600; display: block; margin-bottom: .2rem; }
form.stack input, form.stack select { font: inherit; padding: .45rem .5rem; border: 1px solid #7a8691; border-radius: 4px; width: 100%; }
form.stack .pair { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
form.record { max-width: 40rem; }
fieldset.events { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem .75rem; margin: 0; min-width: 0; }
fieldset.events legend { font-weight: 700; padding: 0 .25rem; }
.event-rows { display: grid; grid-template-columns: minmax(6rem, 1fr) 5rem minmax(7rem, 10rem); gap: .35rem .5rem; align-items: start; }
.event-rows .head { font-size: .85rem; font-weight: 600; color: var(--muted); }
form.stack .event-rows input, form.stack .event-rows select { padding: .3rem .4rem; }
.field-error { color: #a12622; font-size: .88rem; margin: .2rem 0 0; }
[aria-invalid="true"] { border-color: #a12622 !important; box-shadow: 0 0 0 1px #a12622; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; }
button.secondary { background: var(--paper); color: var(--accent); border: 1px solid var(--accent); border-radius: 4px; padding: .55rem 1.2rem; font: inherit; font-weight: 600; cursor: pointer; }
.error ul { margin: .25rem 0 0; padding-left: 1.25rem; }
button.primary, .button { background: var(--accent); color: var(--accent-ink); border: 0; border-radius: 4px; padding: .55rem 1.2rem; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; display: inline-block; }
.flash { border-left: 4px solid var(--win); background: #e8f4ec; padding: .5rem .75rem; }
.error { border-left: 4px solid #a12622; background: #fbeaea; padding: .5rem .75rem; }
.live-flash { animation: flash 2s ease-out; }
.live-flash .table-wrap { background: none; } /* its edge shadows are painted in white, over the flash */
@keyframes flash { from { background: var(--flash); } to { background: transparent; } }
@media (prefers-reduced-motion: reduce) { .live-flash { animation: none; outline: 2px solid #f0a400; } }
.api-docs .toc ul { list-style: none; padding-left: 1rem; } .api-docs .toc > ul { padding: 0; columns: 2 22rem; }
.api-docs .op { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem 1rem; margin: 1rem 0; }
.api-docs h3 { font-size: 1.05rem; overflow-wrap: anywhere; }
.api-docs h4 { margin: 1rem 0 .25rem; }
.method { display: inline-block; min-width: 3.5rem; text-align: center; border-radius: 4px; padding: 0 .4rem; font: 700 .8rem/1.6 system-ui, sans-serif; color: #fff; background: #5f6b76; }
.method.get { background: #0b5cad; } .method.post { background: #1d6b35; } .method.put { background: #8a4b00; }
.api-docs pre { background: var(--band); border: 1px solid var(--line); padding: .75rem; overflow-x: auto; font-size: .85rem; }
.api-docs code { overflow-wrap: anywhere; }
.api-docs .props { list-style: none; padding-left: 1rem; border-left: 2px solid var(--line); }
.api-docs .props li { margin: .2rem 0; }
.api-docs .prop { font-weight: 700; }
.api-docs .type { color: var(--muted); }
.api-docs .req { font-size: .75rem; color: #a12622; border: 1px solid #a12622; border-radius: 3px; padding: 0 .25rem; }
.api-docs .desc, .api-docs .limits { color: var(--muted); font-size: .92rem; margin: .2rem 0; }
.api-docs dl.responses { display: grid; grid-template-columns: 4rem 1fr; gap: .25rem .75rem; }
.api-docs dl.responses dd { margin: 0; }
.api-docs details.schema { border-bottom: 1px solid var(--line); padding: .4rem 0; }
.api-docs summary { cursor: pointer; }
/* The rule spans the content's width, not the padding around it. */
footer.site { max-width: 72rem; margin: 2rem auto; padding: 1rem; color: var(--muted); font-size: .9rem;
  background: linear-gradient(var(--line), var(--line)) 1rem 0 / calc(100% - 2rem) 1px no-repeat; }
/* On a phone each link is a card: the rule, then each column under its name. */
@media (max-width: 40rem) {
  table.links, table.links tbody, table.links tr, table.links th, table.links td { display: block; width: auto; min-width: 0 !important; text-align: left; }
  table.links thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.links tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
  table.links th, table.links td { border: 0; padding: .15rem 0; }
  table.links th { font-weight: 600; }
  table.links caption { display: block; max-width: none; position: static; }
  table.links td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
@media (max-width: 40rem) { h1 { font-size: 1.4rem; } main { padding: .75rem; } table.data th, table.data td { padding: .3rem .35rem; } .hide-narrow { display: none; }
  /* A team's name wraps rather than push the points (or a result) out of the screen; if the table
     is still wider than the screen, the points column stays at its right edge. */
  table.standings th[scope="row"], table.data th.text, table.data td.text { white-space: normal; min-width: 6rem; }
  table.standings .pts { position: sticky; right: 0; background: var(--paper); box-shadow: -4px 0 4px -4px rgba(0,0,0,.3); }
  table.standings thead .pts { background: var(--band); }
  .scoreline { gap: .5rem; } .scoreline .team { font-size: 1rem; } .scoreline .big { font-size: 1.8rem; } }
`;
