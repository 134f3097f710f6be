/** Saving a file the app made: a download of a Blob, named by the app, that never leaves the browser. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; let the browser have a moment to take it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
