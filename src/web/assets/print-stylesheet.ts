/**
 * The pages on paper: tables and fixture sheets to pin on a notice board or hand to a referee.
 * Everything that only works on a screen goes (navigation, language switch, sign-in, forms, the
 * live status); fixtures folded away on screen are unfolded; tables take the page's width, repeat their header on
 * every page and are not split inside a row; colours that carry meaning (qualification marks,
 * form guide) are printed; links print as text. Served after the screen stylesheet, in the same
 * file, so a printed page needs nothing more than the one already loaded.
 */
export const PRINT_STYLESHEET = `
@media print {
  @page { size: A4; margin: 12mm 10mm; }
  html, body { background: #fff; color: #000; }
  body { font-size: 10pt; line-height: 1.35; }
  .skip, header.site, footer.site, #live-note, .live, form, button, .actions, .flash, .error, .hide-print { display: none !important; }
  main { max-width: none; margin: 0; padding: 0; }
  h1 { font-size: 16pt; margin: 0 0 6pt; }
  h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
  h3 { font-size: 11pt; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .breadcrumbs { font-size: 9pt; }
  .layout, .layout.with-infobox { display: block; }
  .infobox { border: .5pt solid #999; background: none; margin: 0 0 8pt; }
  .table-wrap { overflow: visible !important; background: none !important; margin: 0 0 8pt; }
  .table-wrap table.data caption { position: static; max-width: none; }
  table.data { width: 100%; min-width: 0; font-size: 9pt; }
  table.data caption { font-size: 10pt; font-weight: 700; text-align: left; padding: 0 0 3pt; }
  table.data thead { display: table-header-group; }
  table.data tr { break-inside: avoid; page-break-inside: avoid; }
  table.data th, table.data td { padding: 1.5pt 4pt; border-bottom: .5pt solid #888; }
  table.data thead th { background: #e6e6e6; border-bottom: 1pt solid #000; }
  table.data td.text, table.data th.text { white-space: normal; }
  .hide-narrow { display: table-cell !important; }
  /* Every round of a fixture sheet in the same columns. */
  table.fixtures { table-layout: fixed; }
  table.fixtures thead th:nth-child(1) { width: 17%; }
  table.fixtures thead th:nth-child(2), table.fixtures thead th:nth-child(4) { width: 27%; }
  table.fixtures thead th:nth-child(3) { width: 11%; }
  table.fixtures thead th:nth-child(5) { width: 18%; }
  table.matrix { font-size: 7pt; }
  table.matrix th, table.matrix td { min-width: 0; padding: 1pt 1.5pt; }
  table.matrix td .score small { display: none; }
  /* Fixtures folded away on screen are part of the sheet on paper. */
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; font-weight: 700; }
  details > summary::-webkit-details-marker { display: none; }
  .form span, table.data thead th, table.data tr.qualifies th[scope="row"], .tie .side.winner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .live-flash { animation: none; outline: none; }
  ol.bracket { overflow: visible; flex-wrap: wrap; gap: 8pt 1.2rem; }
  ol.bracket > li { min-width: 0; flex: 1 1 12rem; }
  .tie, .card, .infobox, svg.chart { break-inside: avoid; page-break-inside: avoid; }
  .cards { display: block; }
  .card { border: 0; padding: 0; margin: 0 0 6pt; }
}
`;
