/**
 * Saves a file from the popup with a plain download link: no "downloads" permission, and
 * the browser asks or saves as the person has set it to.
 */
export async function saveFile(name: string, contents: string, type: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([contents], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `Saved ${name}.`;
}
