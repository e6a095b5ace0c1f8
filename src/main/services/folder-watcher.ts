import { openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CoreContext } from './core-context.ts';
import { AppError } from '../../shared/api/envelope.ts';
import type { WatchScan } from '../../shared/domain/imports.ts';
import { inspectPreview, previewFile } from '../import/file-plan.ts';
import { contentHash, isKnownContent, readWatchFolder } from '../import/watched-files.ts';

/** Files an export can be: CSV, TSV or text; hidden files and office lock files (`~$...`) are not. */
const EXPORT_FILE = /^[^.~].*\.(csv|tsv|txt)$/i;

interface FileState {
  path: string;
  fileName: string;
  /** Size and modification time: a file whose state changes between two looks is still being written. */
  state: string;
}

function exportFiles(folder: string): FileState[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new AppError('bad_file', `Cannot read the folder ${folder}: ${(error as Error).message}`, { messageKey: 'imports:watch.unreadableFolder', params: { folder }, file: folder });
  }
  const files: FileState[] = [];
  for (const fileName of names.filter((n) => EXPORT_FILE.test(n)).sort()) {
    try {
      const stat = statSync(join(folder, fileName));
      if (stat.isFile() && stat.size > 0) files.push({ path: join(folder, fileName), fileName, state: `${stat.size}:${stat.mtimeMs}` });
    } catch {
      // Removed while listing: nothing to import.
    }
  }
  return files;
}

/** A marketing spend file: its header names month, channel and spend (docs/formats.md, "Marketing spend"). */
function isSpendFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const header = buffer.subarray(0, length).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const names = header.split(/[,;\t]/).map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
    return ['month', 'channel', 'spend'].every((n) => names.includes(n));
  } finally {
    closeSync(fd);
  }
}

/**
 * Imports the settled files of a folder whose content is new: each once (by its SHA-256, whatever its
 * name), oldest name first, as a drop on the window would. An export that needs the user (its columns to
 * choose, a date format to confirm) is remembered and reported, not imported.
 */
async function importNew(ctx: CoreContext, folder: string, settled: readonly FileState[], waiting: string[]): Promise<WatchScan> {
  const scan: WatchScan = { folder, imported: [], failed: [], known: [], waiting };
  const seen = new Set<string>();
  for (const file of settled) {
    const hash = await contentHash(file.path);
    if (seen.has(hash) || isKnownContent(ctx.read, hash)) {
      scan.known.push(file.fileName);
      continue;
    }
    seen.add(hash);
    const spend = isSpendFile(file.path);
    if (!spend) {
      const inspection = inspectPreview(ctx.read, await previewFile(file.path, file.fileName));
      if (inspection.kind === null || inspection.needsMapping || inspection.dateQuestion !== null || inspection.problem !== null) {
        await ctx.runner.run('skipWatchedFile', { hash, fileName: file.fileName });
        scan.failed.push({
          fileName: file.fileName,
          error: {
            code: 'bad_file',
            message: `${file.fileName} was not imported: it needs you to choose its columns or its date format. Drop it on the window to import it.`,
            details: { messageKey: 'imports:watch.needsYou', params: { file: file.fileName }, file: file.fileName },
          },
        });
        continue;
      }
    }
    const outcome = await ctx.runner.run('watchImport', { path: file.path, fileName: file.fileName, hash, spend });
    if ('imported' in outcome) scan.imported.push(outcome.imported);
    else scan.failed.push(outcome.failed);
  }
  if (scan.imported.length > 0) ctx.events.emit('data.changed', { reason: 'import' });
  return scan;
}

/** One look at a folder: files unchanged over `settleMs` are taken, the others are left for a later look. */
export async function scanFolder(ctx: CoreContext, folder: string, settleMs: number): Promise<WatchScan> {
  const before = new Map(exportFiles(folder).map((f) => [f.fileName, f.state]));
  if (settleMs > 0) await sleep(settleMs);
  const now = exportFiles(folder);
  const settled = now.filter((f) => before.get(f.fileName) === f.state);
  return importNew(ctx, folder, settled, now.filter((f) => before.get(f.fileName) !== f.state).map((f) => f.fileName));
}

/**
 * Settings > "Watch a folder": every `intervalMs` it reads the folder saved with the shop (so a new choice,
 * a restored backup or deleting all data is followed at the next look) and looks at it; a file whose size
 * and time did not change since the previous look is imported if its content is new, and `watch.imported`
 * tells the front ends what changed. Plain Node: no Electron, no renderer.
 */
export class FolderWatcher {
  readonly #ctx: CoreContext;
  readonly #intervalMs: number;
  #folder: string | null = null;
  #timer: NodeJS.Timeout | null = null;
  #previous = new Map<string, string>();
  /** File name -> the state it was handled in, so an unchanged file is not hashed again at every look. */
  #handled = new Map<string, string>();
  #looking: Promise<void> | null = null;

  constructor(ctx: CoreContext, intervalMs = 3000) {
    this.#ctx = ctx;
    this.#intervalMs = intervalMs;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.look(), this.#intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** One look (the timer's); resolves when what it found is imported. Looks never overlap. */
  look(): Promise<void> {
    this.#looking ??= this.#lookOnce().finally(() => {
      this.#looking = null;
    });
    return this.#looking;
  }

  async #lookOnce(): Promise<void> {
    let folder: string | null;
    let files: FileState[];
    try {
      folder = readWatchFolder(this.#ctx.read);
      if (folder !== this.#folder) {
        this.#folder = folder;
        this.#previous = new Map();
        this.#handled = new Map();
      }
      if (folder === null) return;
      files = exportFiles(folder);
    } catch {
      // The database is being swapped, or the folder cannot be read: the next look tries again.
      return;
    }
    const previous = this.#previous;
    this.#previous = new Map(files.map((f) => [f.fileName, f.state]));
    const settled = files.filter((f) => previous.get(f.fileName) === f.state && this.#handled.get(f.fileName) !== f.state);
    if (settled.length === 0) return;
    try {
      const scan = await importNew(this.#ctx, folder, settled, []);
      for (const f of settled) this.#handled.set(f.fileName, f.state);
      if (scan.imported.length > 0 || scan.failed.length > 0) this.#ctx.events.emit('watch.imported', scan);
    } catch {
      // A file went away mid-look, or the core is closing: the next look tries again.
    }
  }
}
