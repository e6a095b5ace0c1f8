import { spawn } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createCore } from '../../src/main/core/create-core.ts';
import { isRequestName } from '../../src/shared/api/index.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { SeededRandom } from '../fixtures/seeded-random.ts';
import type { CheckResult, FailureRecord } from './check-result.ts';
import { describeState, readStoreState, sameStoreData, type StoreState } from './db-state.ts';
import { node24 } from './node24.ts';

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));

interface ChildRun {
  /** Milliseconds from `importing` to the answer (or to the kill). */
  elapsedMs: number;
  answer: string | null;
  killed: boolean;
  stderr: string;
}

/** Runs the import child on `dbPath`; kills it with SIGKILL `killAfterMs` after it starts importing. */
function runChild(dbPath: string, csvPath: string, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), ['--disable-warning=ExperimentalWarning', CHILD, dbPath, csvPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let startedMs = 0;
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      if (startedMs === 0 && out.includes('importing\n')) {
        startedMs = performance.now();
        if (killAfterMs !== null) {
          setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', () => {
      const answer = out.split('\n').find((line) => line.startsWith('{')) ?? null;
      resolve({ elapsedMs: performance.now() - startedMs, answer, killed: killed && answer === null, stderr });
    });
  });
}

function copyDatabase(from: string, to: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${to}${suffix}`, { force: true });
  copyFileSync(from, to);
}

/** What a restarting app does first: open the file read-write (recovering the WAL) and check it. */
function recoverAndCheck(dbPath: string): string {
  const db = new Database(dbPath);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

export interface CrashSetup {
  workDir: string;
  seed: number;
  /** Customers in the large export (about 1.5 orders and 2 rows each). */
  customers: number;
  kills: number;
  /** After this many of the kills, the import is run again to the end and must give the same data as an uninterrupted one. */
  reimports: number;
}

/**
 * Imports a large Shopify export in a child process and SIGKILLs it at seeded random moments.
 * After each kill the database must pass integrity_check, hold exactly the state before the
 * import or after it (never in between), and a core must open it and answer.
 */
export async function crashDuringImports(setup: CrashSetup): Promise<CheckResult> {
  const { workDir, seed, kills } = setup;
  const base = join(workDir, 'base.db');
  const small = join(workDir, 'orders_export_earlier.csv');
  const large = join(workDir, 'orders_export_large.csv');
  await writeShopifyOrdersExport(small, { customers: 40, seed: seed + 1, end: '2025-06-30' });
  await writeShopifyOrdersExport(large, { customers: setup.customers, seed });

  const first = await runChild(base, small, null);
  if (!first.answer?.includes('"ok":true')) throw new Error(`the earlier export was not imported: ${first.answer ?? first.stderr}`);
  const before = readStoreState(base);

  const complete = join(workDir, 'complete.db');
  copyDatabase(base, complete);
  const full = await runChild(complete, large, null);
  const fullResult = full.answer ? (JSON.parse(full.answer) as { ok: boolean; value?: { results: ImportFileResult[] } }) : null;
  if (!fullResult?.ok || !fullResult.value?.results[0]?.ok) throw new Error(`the large export was not imported: ${full.answer ?? full.stderr}`);
  const after = readStoreState(complete);
  if (sameStoreData(before, after)) throw new Error('the large import changed nothing, so a kill could not be told apart');

  const random = new SeededRandom(seed);
  const failures: FailureRecord[] = [];
  const landed = { before: 0, after: 0, finished: 0 };
  let dataLost = 0;
  let reimported = 0;
  let windowMs = full.elapsedMs;
  const trialDb = join(workDir, 'trial.db');
  for (let i = 0; i < kills; i++) {
    copyDatabase(base, trialDb);
    // Mostly while rows are written; a few land after the commit, while the answer is on its way.
    // The window follows the fastest complete import seen, as a busy machine slows the first one.
    const killAfterMs = Math.round(random.next() * windowMs * 1.05);
    const run = await runChild(trialDb, large, killAfterMs);
    if (!run.killed && run.answer) windowMs = Math.min(windowMs, run.elapsedMs);
    const subject = `kill ${i + 1} at ${killAfterMs} ms of ${Math.round(windowMs)} ms`;
    const integrity = recoverAndCheck(trialDb);
    const state = readStoreState(trialDb);
    const problem = crashProblem(integrity, state, before, after);
    if (problem) {
      dataLost++;
      failures.push({ subject, seed, problem, replay: { killAfterMs } });
      continue;
    }
    if (!run.killed) landed.finished++;
    else if (sameStoreData(state, before)) landed.before++;
    else landed.after++;
    const answerProblem = await coreAnswers(trialDb);
    if (answerProblem) failures.push({ subject, seed, problem: answerProblem });
    if (i < setup.reimports && sameStoreData(state, before)) {
      reimported++;
      const again = await runChild(trialDb, large, null);
      if (again.answer) windowMs = Math.min(windowMs, again.elapsedMs);
      const redone = readStoreState(trialDb);
      if (!again.answer?.includes('"ok":true') || !sameStoreData(redone, after)) {
        failures.push({ subject, seed, problem: `importing again after the crash gave ${describeState(redone)}, not ${describeState(after)}: ${again.answer?.slice(0, 200) ?? again.stderr.slice(0, 200)}` });
      }
    }
  }
  return {
    check: 'Crash safety (SIGKILL during import)',
    trials: kills,
    failures,
    dataLost,
    notes: [
      `import of ${after.counts.orders - before.counts.orders} orders took ${Math.round(full.elapsedMs)} ms (fastest ${Math.round(windowMs)} ms); kills left the state before ${landed.before}, after ${landed.after}; ${landed.finished} finished before the kill; ${reimported} re-imported after the crash to the same data as an uninterrupted import`,
    ],
  };
}

function crashProblem(integrity: string, state: StoreState, before: StoreState, after: StoreState): string | null {
  if (integrity !== 'ok') return `integrity_check: ${integrity}`;
  if (sameStoreData(state, before) || sameStoreData(state, after)) return null;
  return `in between: ${describeState(state)}; before ${describeState(before)}; after ${describeState(after)}`;
}

/**
 * The app starts on the file and answers the reads its first screens make (how fast they answer
 * is the load check's business, so the slow ones are left out here).
 */
async function coreAnswers(dbPath: string): Promise<string | null> {
  const core = createCore({ dbPath });
  try {
    for (const name of ['app.info', 'imports.list', 'lifecycle.overview'].filter(isRequestName)) {
      const answer = await core.dispatch(name, {});
      if (!answer.ok) return `${name} after the crash: ${answer.error.message}`;
    }
    return null;
  } finally {
    await core.close();
  }
}
