/**
 * Writes to the clipboard after a click (user activation), from the popup or from the
 * content script. `html`, when given, goes beside the text as text/html, so a word
 * processor keeps headings and links while a plain editor gets the clean text.
 */
export interface ClipboardContent {
  text: string;
  html?: string;
}

export async function writeClipboard({ text, html }: ClipboardContent): Promise<boolean> {
  try {
    if (html !== undefined && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch (error) {
    // The async API wants a focused document; the copy event still works inside the
    // click's user activation and needs no element added to the page.
    console.warn('[Declutter] clipboard API refused, using the copy event', error);
    let written = false;
    const onCopy = (event: ClipboardEvent) => {
      if (!event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      if (html !== undefined) event.clipboardData.setData('text/html', html);
      event.preventDefault();
      written = true;
    };
    document.addEventListener('copy', onCopy, true);
    try {
      document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', onCopy, true);
    }
    return written;
  }
}
