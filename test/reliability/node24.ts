import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A Node that runs our TypeScript directly (24+): this one, or the pinned one in node_modules. */
export function node24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const pinned = fileURLToPath(new URL('../../node_modules/node/bin/node', import.meta.url));
  return existsSync(pinned) ? pinned : process.execPath;
}
