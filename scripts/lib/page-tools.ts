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

/** Clicks the overlay's close button as a person would, with the mouse. */
export async function clickOverlayClose(page: Page): Promise<void> {
  const host = find(await documentTree(page), (n) => n.nodeName === 'DECLUTTER-READER');
  const button = host && find(host, (n) => (n.attributes ?? []).includes('Close reader view'));
  if (!button) throw new Error('overlay close button not found');
  const cdp = await page.createCDPSession();
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/**
 * Screenshots of the popup as a person sees it: `file` is the first screen (Chrome caps a
 * popup at 600 px high), and `fullFile`, when given, the whole scrollable length.
 */
export async function screenshotPopup(popup: Page, file: string, fullFile?: string): Promise<void> {
  await popup.setViewport({ width: 420, height: 600 });
  await popup.screenshot({ path: file });
  if (!fullFile) return;
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewport({ width: 420, height: Math.min(height, 4000) });
  await popup.screenshot({ path: fullFile });
  await popup.setViewport({ width: 420, height: 600 });
}
