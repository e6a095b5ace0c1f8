import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realErrors, regulars, type CliRun } from '../support/run-cli.ts';
import { startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE = join(ROOT, 'node_modules/node/bin/node');
const CLI = join(ROOT, 'src/main/cli/index.ts');
const NOBODY = 65534;

/**
 * Runs the CLI as a user who cannot write `dir`'s folder. File permissions do not hold for root, so a root
 * test run starts the CLI as `nobody` (setpriv); any other user is already held by them.
 */
function regularsWithoutWriteAccess(args: string[]): Promise<CliRun> {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'setpriv' : NODE;
  const prefix = asRoot ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', NODE] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, '--disable-warning=ExperimentalWarning', CLI, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const READ_COMMANDS = [
  ['summary'],
  ['customers'],
  ['journeys', '--from', '2025-01-01', '--to', '2025-12-31'],
  ['model'],
  ['economics'],
  ['backtest', '--calibration-end', '2025-02-28', '--holdout-days', '60'],
];

describe('CLI: commands that only read never create or change a database', () => {
  const temp = makeTempDir('regulars-cli-read-');
  const dbPath = join(temp.dir, 'shop', 'regulars.db');
  beforeAll(async () => {
    const csv = join(temp.dir, 'transactions.csv');
    writeFileSync(csv, 'customer_id,date,amount\nA1,2025-01-05,20.00\nA1,2025-02-10,30.00\nB2,2025-01-20,50.00\n');
    const core = startTestCore({ inline: true, dbPath });
    const answer = await core.dispatch('imports.run', { paths: [csv] });
    await core.close();
    expect(answer.ok).toBe(true);
  });
  afterAll(() => {
    chmodSync(join(temp.dir, 'shop'), 0o755);
    temp.cleanup();
  });

  it.each(READ_COMMANDS)('%s on a path with no database says so, exits 1, and creates nothing', async (...command) => {
    const typo = join(temp.dir, 'no', 'such', 'dir', 'typo.db');
    const run = await regulars([...command, '--db', typo]);
    expect(run.status).toBe(1);
    expect(realErrors(run.stderr)).toEqual([`regulars ${command[0]}: No Regulars database at ${typo}. Import a file first (regulars import FILE --db ${typo}), or check the path.`]);
    expect(run.stdout).toBe('');
    expect(existsSync(join(temp.dir, 'no'))).toBe(false);
  }, 30_000);

  it('names the file when it is not a Regulars database', async () => {
    const notes = join(temp.dir, 'notes.db');
    writeFileSync(notes, 'shopping list\n'.repeat(20));
    const run = await regulars(['summary', '--db', notes]);
    expect(run.status).toBe(1);
    expect(realErrors(run.stderr).join('\n')).toMatch(new RegExp(`^regulars summary: Cannot read the Regulars database ${notes}: .+\\.$`));
    expect(readFileSync(notes, 'utf8')).toBe('shopping list\n'.repeat(20));
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('notes.db'))).toEqual(['notes.db']);
  });

  it('reads a database in a folder the user cannot write, leaving the folder as it was', async () => {
    expect(spawnSync('setpriv', ['--version']).status === 0 || process.getuid?.() !== 0).toBe(true);
    const folder = join(temp.dir, 'shop');
    chmodSync(temp.dir, 0o755);
    chmodSync(dbPath, 0o644);
    chmodSync(folder, 0o555);
    const before = { files: readdirSync(folder), hash: digest(dbPath) };
    const run = await regularsWithoutWriteAccess(['summary', '--db', dbPath, '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ orders: 3 });
    expect({ files: readdirSync(folder), hash: digest(dbPath) }).toEqual(before);
  }, 30_000);

  it('reads a database of an older schema without changing it', async () => {
    const older = join(temp.dir, 'older.db');
    const db = new Database(older);
    for (const m of migrations.slice(0, 5)) m.up(db);
    db.pragma('user_version = 5');
    db.close();
    const hash = digest(older);
    const run = await regulars(['summary', '--db', older, '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    expect(digest(older)).toBe(hash);
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('older.db'))).toEqual(['older.db']);
  }, 30_000);
});
