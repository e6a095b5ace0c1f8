import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '../..');

function newestSource(path: string): number {
  const stats = statSync(path);
  return stats.isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name)))) : stats.mtimeMs;
}

/** Runs the project's real electron-vite build when any of `outputs` is missing or older than `sources` (paths under the project). */
export function buildIfStale(outputs: readonly string[], sources: readonly string[]): void {
  const newest = Math.max(...sources.map((source) => newestSource(join(PROJECT_ROOT, source))));
  const stale = outputs.some((output) => !existsSync(join(PROJECT_ROOT, output)) || statSync(join(PROJECT_ROOT, output)).mtimeMs < newest);
  if (!stale) return;
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
}
