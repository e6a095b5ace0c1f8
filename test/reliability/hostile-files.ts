import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../src/main/core/create-core.ts';
import { shellBridge } from '../support/shell-bridge.ts';
import { FILE_PURPOSES, PURPOSE_GRANTS, type FilePurpose } from '../../src/main/electron/chosen-paths.ts';
import { fileFieldsOf } from '../../src/main/electron/path-arguments.ts';
import { requestNames } from '../../src/shared/api/index.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import { SeededRandom } from '../fixtures/seeded-random.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import type { CheckResult, FailureRecord } from './check-result.ts';
import { describeState, readStoreState, sameStoreData } from './db-state.ts';
import { FOREIGN_PATHS } from './hostile-inputs.ts';

const WORKER_URL = new URL('../../src/main/jobs/worker.ts', import.meta.url);

/** A shop to protect: a small Shopify export imported into a fresh database in `dir`. */
async function shopIn(dir: string, seed: number): Promise<{ core: Core; dbPath: string; orders: string }> {
  const dbPath = join(dir, 'regulars.db');
  const orders = join(dir, 'orders_export_1.csv');
  await writeShopifyOrdersExport(orders, { customers: 40, seed });
  const core = createCore({ dbPath, workerUrl: WORKER_URL });
  const answer = await core.dispatch('imports.run', { paths: [orders] });
  const results = answer.ok ? (answer.value as { results: ImportFileResult[] }).results : [];
  if (!results[0]?.ok) throw new Error(`the shop was not imported: ${JSON.stringify(answer).slice(0, 300)}`);
  return { core, dbPath, orders };
}

/** One way a backup can be made hostile after Regulars wrote it. */
interface Tampering {
  name: string;
  apply(path: string, random: SeededRandom): void;
}

function withDb(path: string, sql: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    sql(db);
  } finally {
    db.close();
  }
}

const TAMPERINGS: readonly Tampering[] = [
  { name: 'trigger deleting customers on insert', apply: (p) => withDb(p, (db) => db.exec('CREATE TRIGGER wipe AFTER INSERT ON orders BEGIN DELETE FROM customers; END')) },
  { name: 'trigger rewriting totals on update', apply: (p) => withDb(p, (db) => db.exec('CREATE TRIGGER skim AFTER UPDATE ON orders BEGIN UPDATE orders SET total_cents = 0; END')) },
  { name: 'temp-named trigger on customers', apply: (p) => withDb(p, (db) => db.exec('CREATE TRIGGER "lifecycle_customers_ai" BEFORE DELETE ON customers BEGIN SELECT 1; END')) },
  { name: 'extra view', apply: (p) => withDb(p, (db) => db.exec('CREATE VIEW everyone AS SELECT * FROM customers')) },
  { name: 'extra table', apply: (p) => withDb(p, (db) => db.exec('CREATE TABLE payload (blob BLOB)')) },
  { name: 'extra index', apply: (p) => withDb(p, (db) => db.exec('CREATE INDEX sneaky ON orders (total_cents)')) },
  {
    name: 'one of our indexes redefined',
    apply: (p) =>
      withDb(p, (db) => {
        const index = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name LIMIT 1").pluck().get() as string;
        db.exec(`DROP INDEX "${index}"; CREATE INDEX "${index}" ON orders (id)`);
      }),
  },
  {
    name: 'table definition rewritten through writable_schema',
    apply: (p) =>
      withDb(p, (db) => {
        db.unsafeMode(true);
        db.pragma('writable_schema = ON');
        db.prepare("UPDATE sqlite_schema SET sql = replace(sql, 'CREATE TABLE settings (', 'CREATE TABLE settings ( extra_column TEXT, ') WHERE name = 'settings'").run();
        db.pragma('writable_schema = OFF');
      }),
  },
  { name: 'orphan order (customer that is not there)', apply: (p) => withDb(p, (db) => db.exec('UPDATE orders SET customer_id = 99999999 WHERE id = (SELECT min(id) FROM orders)')) },
  { name: 'schema version from the future', apply: (p) => withDb(p, (db) => db.pragma('user_version = 999')) },
  { name: 'schema version zero', apply: (p) => withDb(p, (db) => db.pragma('user_version = 0')) },
  {
    name: 'bytes of the orders table overwritten',
    apply: (p, random) => {
      const db = new Database(p, { readonly: true });
      const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'orders'").pluck().get() as number;
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.close();
      const bytes = readFileSync(p);
      const at = (root - 1) * pageSize + random.integer(8, 64);
      for (let i = 0; i < 256; i++) bytes[at + i] = random.integer(0, 255);
      writeFileSync(p, bytes);
    },
  },
  { name: 'cut short', apply: (p, random) => writeFileSync(p, readFileSync(p).subarray(0, random.integer(100, 8192))) },
  { name: 'not a database at all', apply: (p) => writeFileSync(p, 'Name,Email\n#1001,ann@example.com\n') },
];

/**
 * `npm run soak` hostile-backup trial: backups of a real shop tampered with in every way above (triggers,
 * views, tables, indexes, a rewritten schema, orphan rows, versions, damaged or cut bytes). Each must be
 * refused with a message naming the file, leave the live data as it was, and the next import must keep
 * every customer. The untouched backup must still restore.
 */
export async function hostileBackups(options: { workDir: string; seed: number; trials: number }): Promise<CheckResult> {
  const { core, dbPath, orders } = await shopIn(options.workDir, options.seed);
  const failures: FailureRecord[] = [];
  let dataLost = 0;
  let refused = 0;
  const random = new SeededRandom(options.seed);
  const backup = join(options.workDir, 'backup.db');
  try {
    const made = await core.dispatch('data.backup', { path: backup });
    if (!made.ok) throw new Error(`the backup was not written: ${made.error.message}`);
    for (let trial = 0; trial < options.trials; trial++) {
      const tampering = TAMPERINGS[trial % TAMPERINGS.length];
      const hostile = join(options.workDir, `hostile-${trial}.db`);
      copyFileSync(backup, hostile);
      tampering.apply(hostile, random);
      const before = readStoreState(dbPath);
      const copyBefore = existsSync(`${dbPath}.before-restore.bak`);
      const answer = await core.dispatch('data.restore', { path: hostile });
      const after = readStoreState(dbPath);
      const subject = `${tampering.name} (trial ${trial})`;
      if (answer.ok) failures.push({ subject, seed: options.seed, problem: 'the hostile backup was restored' });
      else if (answer.error.code === 'internal') failures.push({ subject, seed: options.seed, problem: `internal error: ${answer.error.message.slice(0, 200)}` });
      else if (!answer.error.message.includes(hostile)) failures.push({ subject, seed: options.seed, problem: `the message does not name the file: ${answer.error.message.slice(0, 200)}` });
      else refused++;
      if (!sameStoreData(before, after)) {
        dataLost++;
        failures.push({ subject, seed: options.seed, problem: `the live data changed: ${describeState(before)} -> ${describeState(after)}` });
      }
      if (!copyBefore && existsSync(`${dbPath}.before-restore.bak`)) failures.push({ subject, seed: options.seed, problem: 'a refused restore still replaced the live database (before-restore copy made)' });
      const reimport = await core.dispatch('imports.run', { paths: [orders] });
      const kept = readStoreState(dbPath);
      if (!reimport.ok || kept.counts.customers !== before.counts.customers || kept.counts.orders !== before.counts.orders) {
        dataLost++;
        failures.push({ subject, seed: options.seed, problem: `an import after the refused restore lost data: ${describeState(before)} -> ${describeState(kept)}` });
      }
      rmSync(hostile, { force: true });
    }
    const control = await core.dispatch('data.restore', { path: backup });
    if (!control.ok) failures.push({ subject: 'the untouched backup', seed: options.seed, problem: `was refused: ${control.error.message}` });
  } finally {
    await core.close();
  }
  return {
    check: 'Hostile backups are refused, the live data kept',
    trials: options.trials,
    failures,
    dataLost,
    notes: [`${TAMPERINGS.length} kinds of tampering; ${refused} refused naming the file; the untouched backup restored`],
  };
}

const fileDigest = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing');

/**
 * `npm run soak` hostile-path trial: requests from the window, through the shell's IPC handler, naming files
 * the user never chose, chose for something else (an import pick written to, a backup pick exported to),
 * or chose in the save dialog although it is the database, its working files or its copies; at the top
 * level and inside `files[]`. Each must be refused, and the database, the chosen files and the folder's
 * other files must be byte for byte as they were.
 */
export async function hostilePaths(options: { workDir: string; seed: number; trials: number }): Promise<CheckResult> {
  const { core, dbPath, orders } = await shopIn(options.workDir, options.seed);
  /** Requests from the window, through the shell's IPC handler, as the page sends them. */
  const { chosen, fromWindow } = shellBridge(core.dispatch);

  // Files the user chose, each for one purpose, and the database's own files.
  const picks: Record<FilePurpose, string> = {
    import: orders,
    restore: join(options.workDir, 'picked-restore.db'),
    export: join(options.workDir, 'picked-audience.csv'),
    backup: join(options.workDir, 'picked-backup.db'),
    watch: join(options.workDir, 'picked-folder'),
  };
  mkdirSync(picks.watch, { recursive: true });
  writeFileSync(picks.export, 'my own list\n');
  copyFileSync(orders, picks.backup);
  for (const purpose of FILE_PURPOSES) chosen.remember([picks[purpose]], purpose);
  const bak = `${dbPath}.before-v3.bak`;
  writeFileSync(bak, 'kept copy');
  const link = join(options.workDir, 'innocent.csv');
  symlinkSync(dbPath, link);
  // The user picked the database itself, its WAL file, a copy beside it and a link to it in the save dialog.
  const databaseFiles = [dbPath, `${dbPath}-wal`, bak, link];
  for (const path of databaseFiles) for (const purpose of ['export', 'backup'] as const) chosen.remember([path], purpose);
  mkdirSync(join(options.workDir, 'sub'));
  const watched = [picks.import, picks.export, picks.backup, bak];

  const fileRequests = requestNames.filter((name) => fileFieldsOf(name).length > 0);
  const random = new SeededRandom(options.seed);
  const failures: FailureRecord[] = [];
  let dataLost = 0;
  const byReason = new Map<string, number>();
  try {
    for (let trial = 0; trial < options.trials; trial++) {
      const name = fileRequests[random.integer(0, fileRequests.length - 1)];
      const fields = fileFieldsOf(name);
      const access = fields[0].access;
      const wrongPurposes = FILE_PURPOSES.filter((p) => !PURPOSE_GRANTS[p].requests.includes(name) || PURPOSE_GRANTS[p].access !== access);
      const candidates = [
        ...FOREIGN_PATHS,
        ...wrongPurposes.map((p) => picks[p]),
        join(options.workDir, 'sub', '..', 'never-chosen.csv'),
        `${options.workDir}/./sub/../${'picked-backup.db'}x`,
        ...(access === 'write' ? databaseFiles : [dbPath]),
      ];
      const path = candidates[random.integer(0, candidates.length - 1)];
      const nested = name === 'imports.run' && random.chance(0.5);
      const input: Record<string, unknown> =
        name === 'imports.run'
          ? nested ? { paths: [picks.import], files: [{ path }] } : { paths: [path] }
          : name === 'campaigns.export'
            ? { audience: { kind: 'stage', stage: 'new' }, format: 'csv', path }
            : { path };
      const before = { store: readStoreState(dbPath), files: watched.map(fileDigest), listing: readdirSync(options.workDir).sort() };
      const answer = await fromWindow(name, input);
      const after = { store: readStoreState(dbPath), files: watched.map(fileDigest), listing: readdirSync(options.workDir).sort() };
      const subject = `${name} ${nested ? 'files[].path' : 'path'} = ${path}`;
      if (answer.ok) failures.push({ subject, seed: options.seed, problem: 'accepted' });
      else {
        const reason = String(answer.error.details?.messageKey ?? answer.error.code);
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
        if (answer.error.code === 'internal') failures.push({ subject, seed: options.seed, problem: `internal error: ${answer.error.message.slice(0, 200)}` });
      }
      if (!sameStoreData(before.store, after.store)) {
        dataLost++;
        failures.push({ subject, seed: options.seed, problem: `the store changed: ${describeState(before.store)} -> ${describeState(after.store)}` });
      }
      if (before.files.join() !== after.files.join()) failures.push({ subject, seed: options.seed, problem: 'a chosen file or a database copy changed' });
      if (before.listing.join() !== after.listing.join()) failures.push({ subject, seed: options.seed, problem: `files appeared or vanished: ${after.listing.filter((f) => !before.listing.includes(f)).join(', ')}` });
    }
  } finally {
    await core.close();
  }
  return {
    check: 'Hostile paths from the window are refused, nothing read or written',
    trials: options.trials,
    failures,
    dataLost,
    notes: [[...byReason.entries()].map(([reason, count]) => `${count} ${reason}`).join(', ')],
  };
}
