import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir.ts';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

/** An empty Regulars database (the commands that only read refuse a missing one). */
function emptyShop(dir: string): string {
  const path = join(dir, 'shop.db');
  const db = openDatabase(path);
  migrate(db, migrations, path);
  db.close();
  return path;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const launcher = join(root, 'bin/regulars.mjs');

function systemNode(): string | null {
  const found = spawnSync('sh', ['-c', 'PATH=/usr/local/bin:/usr/bin:/bin command -v node'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

describe('the `regulars` launcher (npx regulars, no build step)', () => {
  it('runs the TypeScript CLI even when started by the system Node', () => {
    const node = systemNode() ?? process.execPath;
    const temp = makeTempDir();
    const out = execFileSync(node, [launcher, 'summary', '--db', emptyShop(temp.dir), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ orders: 0, customers: 0, currency: null });
    temp.cleanup();
  });

  it('exits non-zero with the error on stderr for bad input', () => {
    const temp = makeTempDir();
    const run = spawnSync(process.execPath, [launcher, 'summary', '--db', emptyShop(temp.dir), '--as-of', 'yesterday'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/asOf: expected a date as YYYY-MM-DD/);
    temp.cleanup();
  });

  it('lists the commands for an unknown one', () => {
    const run = spawnSync(process.execPath, [launcher, 'frobnicate'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate"/);
    expect(run.stderr).toMatch(/regulars summary/);
  });
});
