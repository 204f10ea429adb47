/** Writes text to the clipboard from an extension page after a click (user activation). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    // Some contexts refuse the async API without focus; the selection route still works
    // inside the click's user activation.
    console.warn('[Declutter] clipboard API refused, falling back', error);
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
