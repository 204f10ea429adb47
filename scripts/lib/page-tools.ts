/**
 * Helpers for looking at what a person sees, in tests and in the demo: the overlay lives in
 * a closed shadow root that page scripts cannot open, so these read it through the DevTools
 * protocol (which pierces shadow roots) rather than through the page.
 */
import type { Page } from 'puppeteer-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function documentTree(page: Page): Promise<DomNode> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return root;
  } finally {
    await cdp.detach();
  }
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

function text(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const inner = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join('');
  return /^(P|H1|H2|H3|LI|DIV|BLOCKQUOTE|FIGCAPTION)$/.test(node.nodeName) ? `${inner}\n` : inner;
}

/** The overlay's visible text, or null when no overlay is on the page. */
export async function overlayText(page: Page): Promise<string | null> {
  const host = find(await documentTree(page), (n) => n.nodeName === 'DECLUTTER-READER');
  return host ? text(host) : null;
}

/** Attributes of the overlay's dialog element, or null. */
export async function overlayDialog(page: Page): Promise<Record<string, string> | null> {
  const host = find(await documentTree(page), (n) => n.nodeName === 'DECLUTTER-READER');
  const dialog = host && find(host, (n) => (n.attributes ?? []).some((a, i, all) => a === 'role' && all[i + 1] === 'dialog'));
  if (!dialog?.attributes) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < dialog.attributes.length; i += 2) out[dialog.attributes[i]!] = dialog.attributes[i + 1]!;
  return out;
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

/** Finds a node inside the overlay: by aria-label, by class token, or by a predicate. */
async function overlayNode(page: Page, test: (n: DomNode) => boolean): Promise<DomNode | null> {
  const host = find(await documentTree(page), (n) => n.nodeName === 'DECLUTTER-READER');
  return host && find(host, test);
}
export const byLabel = (label: string) => (n: DomNode) => attr(n, 'aria-label') === label;
export const byClass = (cls: string) => (n: DomNode) => (attr(n, 'class') ?? '').split(/\s+/).includes(cls);
export const byRadio = (value: string) => (n: DomNode) => n.nodeName === 'INPUT' && attr(n, 'type') === 'radio' && attr(n, 'value') === value;

/** Clicks an element of the overlay as a person would, with the mouse at its centre. */
export async function clickInOverlay(page: Page, test: (n: DomNode) => boolean): Promise<void> {
  const node = await overlayNode(page, test);
  if (!node) throw new Error('overlay element not found');
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { border: number[] };
    };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

export const clickOverlayClose = (page: Page) => clickInOverlay(page, byLabel('Close reader view'));

/** Computed style properties of an overlay element, read through the DevTools protocol. */
export async function overlayStyle(page: Page, test: (n: DomNode) => boolean, props: string[]): Promise<Record<string, string>> {
  const node = await overlayNode(page, test);
  if (!node) throw new Error('overlay element not found');
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [node.backendNodeId] })) as { nodeIds: number[] };
    await cdp.send('CSS.enable');
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! })) as {
      computedStyle: Array<{ name: string; value: string }>;
    };
    return Object.fromEntries(computedStyle.filter((p) => props.includes(p.name)).map((p) => [p.name, p.value]));
  } finally {
    await cdp.detach();
  }
}

/** An attribute of an overlay element (e.g. the theme the backdrop carries). */
export async function overlayAttribute(page: Page, test: (n: DomNode) => boolean, name: string): Promise<string | undefined> {
  const node = await overlayNode(page, test);
  return node ? attr(node, name) : undefined;
}

/**
 * A screenshot of the popup as a person sees it: its first screen, 420 × 600 (Chrome caps a
 * popup at 600 px high and scrolls the rest).
 */
export async function screenshotPopup(popup: Page, file: string): Promise<void> {
  await popup.setViewport({ width: 420, height: 600 });
  await popup.screenshot({ path: file });
}

/** Runs `fn` on each overlay element that passes `test` (as `this`), in the page's main world. */
export async function overlayEach<T>(page: Page, test: (n: DomNode) => boolean, fn: string): Promise<T[]> {
  const host = find(await documentTree(page), (n) => n.nodeName === 'DECLUTTER-READER');
  if (!host) return [];
  const nodes: DomNode[] = [];
  const walk = (n: DomNode) => {
    if (test(n)) nodes.push(n);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
  };
  walk(host);
  const cdp = await page.createCDPSession();
  try {
    const out: T[] = [];
    for (const node of nodes) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T } };
      out.push(result.value);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs axe-core on the overlay. The shadow root is closed to the page, so axe runs in the
 * extension's own isolated world, where chrome.dom.openOrClosedShadowRoot can open it.
 */
export interface AxeReport {
  violations: Array<{ id: string; help: string; nodes: number }>;
  /** How many rules passed: proof that axe saw the overlay's elements at all. */
  passes: number;
}

export async function axeOverlay(page: Page, axeSource: string): Promise<AxeReport> {
  const cdp = await page.createCDPSession();
  try {
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await new Promise((r) => setTimeout(r, 100));
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Declutter');
    if (!world) throw new Error('the extension\'s isolated world was not found');
    await cdp.send('Runtime.evaluate', { contextId: world.id, expression: axeSource });
    const expression = `(async () => {
      const host = document.querySelector('declutter-reader');
      const root = chrome.dom.openOrClosedShadowRoot(host);
      Object.defineProperty(host, 'shadowRoot', { get: () => root, configurable: true });
      try {
        const result = await axe.run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { region: { enabled: false } } });
        return {
          violations: result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)) })),
          passes: result.passes.length,
        };
      } finally { delete host.shadowRoot; }
    })()`;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: AxeReport }; exceptionDetails?: unknown };
    if (exceptionDetails) throw new Error(`axe failed: ${JSON.stringify(exceptionDetails)}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
