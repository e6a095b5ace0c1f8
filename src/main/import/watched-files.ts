import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';

const FOLDER_KEY = 'watch.folder';

/** SHA-256 of a file's bytes, as the import records it (`imports.content_hash`). */
export async function contentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/** Whether a file content was imported (by hand or by the watcher) or seen by the watcher before. */
export function isKnownContent(db: Db, hash: string): boolean {
  return (
    db.prepare('SELECT 1 FROM watched_files WHERE content_hash = ?').pluck().get(hash) !== undefined ||
    db.prepare('SELECT 1 FROM imports WHERE content_hash = ?').pluck().get(hash) !== undefined
  );
}

export function recordWatchedFile(db: Db, file: { hash: string; fileName: string; outcome: 'imported' | 'skipped' | 'failed' }): void {
  db.prepare('INSERT OR REPLACE INTO watched_files (content_hash, file_name, outcome, seen_at) VALUES (?, ?, ?, ?)').run(file.hash, file.fileName, file.outcome, new Date().toISOString());
}

/** The folder Settings > "Watch a folder" watches, or null. */
export function readWatchFolder(db: Db): string | null {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(FOLDER_KEY) as string | undefined;
  return raw === undefined ? null : (JSON.parse(raw) as string | null);
}

export function writeWatchFolder(db: Db, folder: string | null): void {
  if (folder === null) db.prepare('DELETE FROM settings WHERE key = ?').run(FOLDER_KEY);
  else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(FOLDER_KEY, JSON.stringify(folder));
}
