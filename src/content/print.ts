/**
 * While the overlay is open, printing shows the clean story only. The rule goes in through
 * document.adoptedStyleSheets: no element is added to the page, a strict CSP cannot block
 * it, and taking it out leaves the page's own sheets exactly as they were.
 */
const printOnly = `@media print {
  html > body > *:not(declutter-reader), html > *:not(body):not(head):not(declutter-reader) { display: none !important; }
  html, body { overflow: visible !important; height: auto !important; background: #fff !important; }
}`;

let sheet: CSSStyleSheet | null = null;

export function addPrintSheet(): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(printOnly);
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function removePrintSheet(): void {
  if (!sheet) return;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}
