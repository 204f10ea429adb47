/** DOM helpers for the popup: elements with text, buttons that report in the status line. */

/** A button's work; what it resolves to is said in the status line. */
export type Action = () => Promise<string | null>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderMessage(root: HTMLElement, message: string): void {
  const box = el('div', 'message');
  box.append(el('p', 'message-text', message));
  root.replaceChildren(box);
}

export function actionButton(label: string, cls: string, run: Action, status: HTMLElement, text = label): HTMLButtonElement {
  const b = el('button', cls, text);
  b.type = 'button';
  if (text !== label) b.setAttribute('aria-label', label);
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const said = await run();
      if (said) status.textContent = said;
    } catch (error) {
      console.error(`[Declutter] popup: "${label}" failed`, error);
      status.textContent = `${label} failed.`;
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

