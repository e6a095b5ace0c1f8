#!/usr/bin/env node
// Launcher for `npx regulars`: runs the TypeScript CLI on the Node 24 that the `node` package
// installs (it strips types natively), whatever Node started this script. No build step needed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/main/cli/index.ts', import.meta.url));
const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
const nodeBinary = major >= 24 ? process.execPath : existsSync(pinned) ? pinned : null;
if (!nodeBinary) {
  process.stderr.write(`regulars: this needs Node 24 (found ${process.version}). Run npm install in ${fileURLToPath(new URL('..', import.meta.url))} first: it installs a pinned Node 24.\n`);
  process.exit(1);
}
const result = spawnSync(nodeBinary, ['--disable-warning=ExperimentalWarning', cli, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`regulars: could not start Node 24 (${result.error.message}). Run npm install first.\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
