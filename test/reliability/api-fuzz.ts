import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createCore, type Core } from '../../src/main/core/create-core.ts';
import { contract, isEnvelope, requestNames, type Envelope } from '../../src/shared/api/index.ts';
import { filesIn } from '../../src/main/electron/path-arguments.ts';
import { tableContents, type TableContents } from './db-state.ts';
import { describeInput, foreignRequestName, hostileInput } from './hostile-inputs.ts';
import { writeShopifyCustomersExport, writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { withTimeout, type CheckResult, type FailureRecord } from './check-result.ts';

const WORKER_URL = new URL('../../src/main/jobs/worker.ts', import.meta.url);
const ANSWER_TIMEOUT_MS = 15_000;

interface Snapshot {
  tables: TableContents;
  files: string[];
  prototypeKeys: string[];
}

/**
 * Feeds hostile inputs to every request of the contract through the real core's dispatch.
 * Invalid input must be refused with `invalid_input` before any handler runs (no handler call,
 * no table or row changed, no file created); anything the schema accepts must still answer an
 * envelope without an internal error and without damaging the database.
 */
export async function fuzzApi(options: { workDir: string; seed: number; runsPerRequest: number }): Promise<CheckResult> {
  const previousCwd = process.cwd();
  // A schema-valid relative path must land in the scratch folder, never in the caller's folder.
  process.chdir(options.workDir);
  try {
    return await fuzzEveryRequest(options);
  } finally {
    process.chdir(previousCwd);
  }
}

async function fuzzEveryRequest(options: { workDir: string; seed: number; runsPerRequest: number }): Promise<CheckResult> {
  const { workDir, seed, runsPerRequest } = options;
  const dbPath = join(workDir, 'regulars.db');
  await importSmallShop(dbPath, workDir, seed);

  const handlerCalls = new Map<string, number>();
  let core: Core = openInstrumentedCore(dbPath, handlerCalls);
  const observer = new Database(dbPath, { readonly: true });
  // Hashing every table takes milliseconds; SQLite's data_version tells when another connection has committed
  // since the last hash, so the hashes are taken again only then (and always after a commit).
  let hashedAt: unknown = null;
  let hashed: TableContents = {};
  const contents = (): TableContents => {
    const version = observer.pragma('data_version', { simple: true });
    if (version !== hashedAt) {
      hashed = tableContents(observer);
      hashedAt = version;
    }
    return hashed;
  };
  const snapshot = (): Snapshot => ({
    tables: contents(),
    files: listFiles(workDir),
    prototypeKeys: Object.getOwnPropertyNames(Object.prototype).concat(Object.getOwnPropertyNames(Array.prototype)).sort(),
  });

  const failures: FailureRecord[] = [];
  let trials = 0;
  let dataLost = 0;
  let refused = 0;
  let reachedHandler = 0;
  let outsidePaths = 0;

  async function ask(name: unknown, input: unknown): Promise<Envelope<unknown>> {
    try {
      return await withTimeout(core.dispatch(name, input), ANSWER_TIMEOUT_MS, `dispatch(${describeInput(name)})`);
    } catch (error) {
      await core.close().catch(() => undefined);
      core = openInstrumentedCore(dbPath, handlerCalls);
      throw error;
    }
  }

  function lostRows(before: TableContents, after: TableContents): boolean {
    return Object.entries(before).some(([table, { rows }]) => (after[table]?.rows ?? -1) < rows);
  }

  /** The tables whose rows differ (added, removed or changed in place). */
  function changedTables(before: TableContents, after: TableContents): string[] {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t]?.sha256 !== after[t]?.sha256);
  }

  for (const [index, name] of requestNames.entries()) {
    const schema = contract[name].input;
    const runSeed = seed + index;
    const outcome = await fc.check(
      fc.asyncProperty(hostileInput(schema), async (input) => {
        trials++;
        const valid = schema.safeParse(input ?? {}).success;
        if (valid && namesOutsidePath(name, input, workDir)) {
          // Schema-valid paths outside the scratch folder are the shell's to refuse (only files the
          // user chose reach the core); handing them to a handler here could overwrite system files.
          outsidePaths++;
          return true;
        }
        const before = snapshot();
        const callsBefore = handlerCalls.get(name) ?? 0;
        const answer = await ask(name, input);
        const after = snapshot();
        if (!isEnvelope(answer)) throw new Error(`answered something that is not an envelope: ${describeInput(answer)}`);
        if (after.prototypeKeys.join() !== before.prototypeKeys.join()) throw new Error('Object.prototype or Array.prototype gained keys');
        if (!valid) {
          refused++;
          if (lostRows(before.tables, after.tables)) {
            dataLost++;
            throw new Error(`rows disappeared: ${JSON.stringify(before.tables)} -> ${JSON.stringify(after.tables)}`);
          }
          if (answer.ok || answer.error.code !== 'invalid_input') throw new Error(`invalid input was not refused as invalid_input: ${describeInput(answer).slice(0, 200)}`);
          if ((handlerCalls.get(name) ?? 0) !== callsBefore) throw new Error('the handler ran for invalid input');
          const changed = changedTables(before.tables, after.tables);
          if (changed.length > 0) throw new Error(`rows changed in ${changed.join(', ')}`);
          if (after.files.join() !== before.files.join()) throw new Error(`files changed: ${before.files.join(', ')} -> ${after.files.join(', ')}`);
        } else {
          reachedHandler++;
          if (!answer.ok && answer.error.code === 'internal') throw new Error(`valid but hostile input caused an internal error: ${answer.error.message.slice(0, 200)}`);
          // A valid request may delete rows on purpose (saving an empty list, an unmerge); it must never drop a table.
          const missing = Object.keys(before.tables).filter((t) => !(t in after.tables));
          if (missing.length > 0) {
            dataLost++;
            throw new Error(`tables disappeared: ${missing.join(', ')}`);
          }
        }
        return true;
      }),
      { seed: runSeed, numRuns: runsPerRequest, endOnFailure: false },
    );
    if (outcome.failed) failures.push(failureFrom(name, runSeed, outcome));
  }

  const nameSeed = seed + requestNames.length;
  const names = await fc.check(
    fc.asyncProperty(foreignRequestName(requestNames), async (name) => {
      trials++;
      const before = snapshot();
      const answer = await ask(name, {});
      if (!isEnvelope(answer) || answer.ok || answer.error.code !== 'unknown_request') throw new Error(`not refused as unknown_request: ${describeInput(answer).slice(0, 200)}`);
      if (JSON.stringify(snapshot()) !== JSON.stringify(before)) throw new Error('state changed');
      return true;
    }),
    { seed: nameSeed, numRuns: Math.max(50, runsPerRequest) },
  );
  if (names.failed) failures.push(failureFrom('(unknown request names)', nameSeed, names));

  const alive = await ask('app.info', {});
  if (!alive.ok) failures.push({ subject: 'app.info after fuzzing', seed, problem: alive.error.message });
  observer.close();
  await core.close();
  return {
    check: 'API fuzzing (every request)',
    trials,
    failures,
    dataLost,
    notes: [`${requestNames.length} requests; ${refused} invalid inputs refused before any handler; ${reachedHandler} schema-valid hostile inputs answered by handlers; ${outsidePaths} schema-valid paths outside the scratch folder left to the shell's chosen-paths check`],
  };
}

/** A real shop to protect: one small Shopify export and its customers export, imported and recomputed. */
async function importSmallShop(dbPath: string, workDir: string, seed: number): Promise<void> {
  const orders = join(workDir, 'orders_export_1.csv');
  const customers = join(workDir, 'customers_export.csv');
  await writeShopifyOrdersExport(orders, { customers: 30, seed });
  await writeShopifyCustomersExport(customers, { customers: 30, seed, layout: 4 });
  const core = createCore({ dbPath });
  try {
    const answer = await core.dispatch('imports.run', { paths: [orders, customers] });
    const results = answer.ok ? (answer.value as { results: { ok: boolean }[] }).results : [];
    if (!answer.ok || results.some((r) => !r.ok)) throw new Error(`the shop to fuzz against was not imported: ${JSON.stringify(answer).slice(0, 300)}`);
  } finally {
    await core.close();
  }
}

function openInstrumentedCore(dbPath: string, calls: Map<string, number>): Core {
  const core = createCore({ dbPath, workerUrl: WORKER_URL });
  const handlers = core.handlers as unknown as Record<string, (input: unknown) => unknown>;
  for (const name of Object.keys(handlers)) {
    const real = handlers[name];
    handlers[name] = (input) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return real(input);
    };
  }
  return core;
}

function namesOutsidePath(name: string, input: unknown, workDir: string): boolean {
  return filesIn(name, input).some(({ path }) => typeof path !== 'string' || !resolve(path).startsWith(`${workDir}${sep}`));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !/\.db(-wal|-shm)?$/.test(f))
    .map((f) => `${f}:${statSync(join(dir, f)).size}:${statSync(join(dir, f)).mtimeMs}`)
    .sort();
}

function failureFrom(subject: string, seed: number, outcome: fc.RunDetails<[unknown]>): FailureRecord {
  const error = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
  return {
    subject,
    seed,
    problem: `${error} — input ${describeInput(outcome.counterexample?.[0])}`,
    replay: { seed: outcome.seed, path: outcome.counterexamplePath },
  };
}
