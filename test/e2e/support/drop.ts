/// <reference lib="dom" />
import { basename } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Drops files onto the window the way a user's drag from the file manager arrives: dragenter,
 * dragover and drop events carrying a DataTransfer with File objects holding the files' bytes.
 * The page fetches the bytes from a route Playwright answers from disk, so large files work too.
 */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path, index) => ({ path, name: basename(path), url: `/__drop/${Date.now()}-${index}/${encodeURIComponent(basename(path))}` }));
  for (const file of files) await page.route(`**${file.url}`, (route) => route.fulfill({ path: file.path, contentType: 'text/csv' }));
  await page.evaluate(async (payload) => {
    const transfer = new DataTransfer();
    for (const file of payload) {
      const blob = await (await fetch(file.url)).blob();
      transfer.items.add(new File([blob], file.name, { type: 'text/csv' }));
    }
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files.map(({ name, url }) => ({ name, url })));
}
