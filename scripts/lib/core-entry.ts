// What the core bundle exposes on window.DeclutterCore (see core-bundle.ts).
export { extract } from '../../src/core/extract';
export { toPlainText, toMarkdown } from '../../src/core/format';
