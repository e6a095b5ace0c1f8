import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../src/main/core/create-core.ts';
import { isEnvelope, isRequestName, type ApiErrorShape } from '../../src/shared/api/index.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import { describePlan, mutateCsv, mutationPlans, type Mutation } from '../fixtures/mutate-csv.ts';
import { withTimeout, TimeoutError, type CheckResult, type FailureRecord } from './check-result.ts';
import { describeState, readStoreState, sameStoreData, type StoreState } from './db-state.ts';
import { exportFileName, writeExport, type ExportKind } from './export-bases.ts';

const WORKER_URL = new URL('../../src/main/jobs/worker.ts', import.meta.url);
export const FILE_TIME_BOUND_MS = 20_000;

/** What a stored regression (or a fresh trial) needs to rebuild the exact file. */
export interface ImportFuzzCase {
  importer: ExportKind;
  baseSeed: number;
  customers: number;
  plan: Mutation[];
}

export type TrialOutcome = 'imported' | 'refused' | 'failed';

export interface TrialResult {
  outcome: TrialOutcome;
  /** The broken promise, or null. */
  problem: string | null;
  /** What the user was told: the refusal message, or the import's warnings. */
  message?: string;
  /** A refusal whose message does not name the one thing wrong with the file (see `vagueRefusal`). */
  vague: string | null;
}

/**
 * A database that already holds one clean import of `importer`'s base export, and a core with
 * jobs in a worker, ready to import mutated copies of that export one by one.
 */
export class ImportFuzzBench {
  readonly importer: ExportKind;
  readonly #dir: string;
  readonly #dbPath: string;
  readonly #base: string;
  #core: Core;
  #trial = 0;

  private constructor(importer: ExportKind, dir: string, base: string) {
    this.importer = importer;
    this.#dir = dir;
    this.#dbPath = join(dir, 'regulars.db');
    this.#base = base;
    this.#core = createCore({ dbPath: this.#dbPath, workerUrl: WORKER_URL });
  }

  /** Writes the base export and imports it once, so a partial write would have data to damage. */
  static async open(importer: ExportKind, dir: string, options: { baseSeed: number; customers: number }): Promise<ImportFuzzBench> {
    const basePath = join(dir, exportFileName(importer, 'base'));
    await writeExport(importer, basePath, { customers: options.customers, seed: options.baseSeed });
    const bench = new ImportFuzzBench(importer, dir, readFileSync(basePath, 'utf8'));
    const answer = await bench.#core.dispatch('imports.run', { paths: [basePath] });
    const result = answer.ok ? (answer.value as { results: ImportFileResult[] }).results[0] : null;
    if (!result?.ok) {
      await bench.close();
      throw new Error(`the unmutated ${importer} export was not imported: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    return bench;
  }

  /** Imports one mutated file; returns what happened and, when a promise was broken, the problem. */
  async run(plan: readonly Mutation[]): Promise<TrialResult> {
    const bytes = mutateCsv(this.#base, plan);
    const path = join(this.#dir, exportFileName(this.importer, `mutant-${++this.#trial}`));
    writeFileSync(path, bytes);
    try {
      const result = await this.#importAndCheck(path, bytes);
      const name = exportFileName(this.importer, `mutant-${this.#trial}`);
      return { ...result, vague: result.outcome === 'refused' ? vagueRefusal(plan, result.message ?? '', name) : silentImport(plan, result.outcome) };
    } finally {
      rmSync(path, { force: true });
    }
  }

  async #importAndCheck(path: string, bytes: Buffer): Promise<Omit<TrialResult, 'vague'>> {
    const before = readStoreState(this.#dbPath);
    const inspectProblem = await this.#inspect(path, before);
    if (inspectProblem) return { outcome: 'failed', problem: inspectProblem };
    let answer: unknown;
    try {
      answer = await withTimeout(this.#core.dispatch('imports.run', { paths: [path] }), FILE_TIME_BOUND_MS, `importing ${basename(path)}`);
    } catch (error) {
      await this.#restartCore();
      const hang = error instanceof TimeoutError;
      return { outcome: 'failed', problem: hang ? `hang: no answer within ${FILE_TIME_BOUND_MS} ms` : `dispatch threw: ${(error as Error).message}` };
    }
    const after = readStoreState(this.#dbPath);
    if (after.integrity !== 'ok') return { outcome: 'failed', problem: `integrity_check: ${after.integrity}` };
    if (!isEnvelope(answer)) return { outcome: 'failed', problem: 'answered something that is not an envelope' };
    const alive = await this.#core.dispatch('app.info', {});
    if (!alive.ok) return { outcome: 'failed', problem: `the core stopped answering: ${alive.error.message}` };

    if (!answer.ok) return { outcome: 'refused', problem: refusalProblem(answer.error, path, bytes, before, after), message: answer.error.message };
    const [result] = (answer.value as { results: ImportFileResult[] }).results;
    if (!result) return { outcome: 'failed', problem: 'no result for the file' };
    if (!result.ok) return { outcome: 'refused', problem: refusalProblem(result.error, path, bytes, before, after), message: result.error.message };
    return { outcome: 'imported', problem: this.#consistencyProblem(before, after, result.report), message: result.report.warnings.map((w) => w.message).join(' | ') };
  }

  /** The mapping step's preview of the file (when the contract has one) must answer too, and write nothing. */
  async #inspect(path: string, before: StoreState): Promise<string | null> {
    if (!isRequestName('imports.inspect')) return null;
    let answer: unknown;
    try {
      answer = await withTimeout(this.#core.dispatch('imports.inspect', { path }), FILE_TIME_BOUND_MS, `inspecting ${basename(path)}`);
    } catch (error) {
      await this.#restartCore();
      return error instanceof TimeoutError ? `inspect hang: no answer within ${FILE_TIME_BOUND_MS} ms` : `inspect threw: ${(error as Error).message}`;
    }
    if (!isEnvelope(answer)) return 'inspect answered something that is not an envelope';
    if (!answer.ok && answer.error.code === 'internal') return `inspect: internal error instead of a clear refusal: ${answer.error.message.slice(0, 300)}`;
    if (!sameStoreData(before, readStoreState(this.#dbPath))) return 'inspect changed the store';
    return null;
  }

  #consistencyProblem(before: StoreState, after: StoreState, report: Extract<ImportFileResult, { ok: true }>['report']): string | null {
    if (after.counts.imports !== before.counts.imports + 1) return `import history grew by ${after.counts.imports - before.counts.imports}, not 1`;
    if (after.counts.orders - before.counts.orders !== report.ordersAdded) return `orders grew by ${after.counts.orders - before.counts.orders} but the report says ${report.ordersAdded} added`;
    if (after.counts.customers - before.counts.customers !== report.customersAdded) return `customers grew by ${after.counts.customers - before.counts.customers} but the report says ${report.customersAdded} added`;
    const db = new Database(this.#dbPath, { readonly: true });
    try {
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) return `foreign_key_check: ${JSON.stringify(broken.slice(0, 3))}`;
      const orphans = db.prepare('SELECT count(*) FROM orders o WHERE o.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id)').pluck().get() as number;
      if (orphans > 0) return `${orphans} orders point at missing customers`;
    } finally {
      db.close();
    }
    return null;
  }

  async #restartCore(): Promise<void> {
    await withTimeout(this.#core.close(), 10_000, 'closing a stuck core').catch(() => undefined);
    this.#core = createCore({ dbPath: this.#dbPath, workerUrl: WORKER_URL });
  }

  async close(): Promise<void> {
    await withTimeout(this.#core.close(), 10_000, 'closing the core').catch(() => undefined);
  }
}

/**
 * When a file has exactly one thing wrong with it that the user can fix by re-saving (another
 * encoding, another separator), the refusal should say so rather than call it "not an export".
 */
export function vagueRefusal(plan: readonly Mutation[], message: string, fileName: string): string | null {
  if (plan.length !== 1) return null;
  const [step] = plan;
  if (step.kind === 'headerOnly' && !new RegExp(`^No (orders|customers) in ${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`).test(message)) {
    return `a header-only file is refused without "No orders in ${fileName}": ${message.slice(0, 200)}`;
  }
  if (step.kind === 'encoding' && step.to.startsWith('utf16') && !/UTF-?16|Unicode|encoding/i.test(message)) return `a ${step.to} file is refused without naming its encoding: ${message.slice(0, 200)}`;
  // Spaces as separators is no spreadsheet's format: "not an export" is a fair answer for that one.
  if (step.kind === 'delimiter' && step.to !== ' ' && !/separat|delimit|semicolon|tab|;/i.test(message)) return `a file separated by ${JSON.stringify(step.to)} is refused without naming the separator: ${message.slice(0, 200)}`;
  return null;
}

/** A file with a header line and no rows must be refused ("No orders in FILE"), never recorded as an empty import. */
export function silentImport(plan: readonly Mutation[], outcome: TrialOutcome): string | null {
  return plan.length === 1 && plan[0].kind === 'headerOnly' && outcome === 'imported' ? 'a header-only file was recorded as an import without a word' : null;
}

/**
 * A refused file must leave the store exactly as it was, with a clear (non-internal) message
 * that names the file and, when it points at a line, a line that exists.
 */
function refusalProblem(error: ApiErrorShape, path: string, bytes: Buffer, before: StoreState, after: StoreState): string | null {
  if (!sameStoreData(before, after)) {
    // A whole file committed (one more import record) while the answer says it failed: nothing is
    // half-written, but the user is told the import failed although its data is in.
    if (after.counts.imports === before.counts.imports + 1) return `answered as failed although the file was imported: ${error.code}: ${error.message.slice(0, 200)}`;
    return `partial write: refused, but the store changed from ${describeState(before)} to ${describeState(after)}`;
  }
  if (error.code === 'internal') return `internal error instead of a clear refusal: ${error.message.slice(0, 300)}`;
  const name = basename(path);
  if (!error.message.includes(name) && error.details?.file !== name && error.details?.file !== path) return `the message does not name the file: ${error.message.slice(0, 300)}`;
  const line = error.details?.line;
  if (line !== undefined) {
    const physicalLines = bytes.toString('latin1').split(/\r\n|\r|\n/).length;
    if (!Number.isInteger(line) || line < 1 || line > physicalLines + 1) return `line ${String(line)} does not exist (the file has ${physicalLines} physical lines): ${error.message.slice(0, 200)}`;
    if (!error.message.includes(`line ${line}`)) return `the message does not say which line (${line}): ${error.message.slice(0, 200)}`;
  }
  const column = error.details?.column;
  if (column !== undefined && !error.message.includes(column.slice(0, 40))) return `the message does not name the column (${column}): ${error.message.slice(0, 200)}`;
  return null;
}

/**
 * Fuzzes every importer with `perImporter` mutated exports. Each failing trial is recorded with
 * the case that rebuilds its file, ready to be stored under test/regressions/.
 */
export async function fuzzImporters(options: { workDir: string; seed: number; perImporter: number; customers: number; importers: readonly ExportKind[] }): Promise<{
  safety: CheckResult;
  messages: CheckResult;
  cases: (ImportFuzzCase & { problem: string })[];
}> {
  const failures: FailureRecord[] = [];
  const vague: FailureRecord[] = [];
  let refusalsJudged = 0;
  const cases: (ImportFuzzCase & { problem: string })[] = [];
  const outcomes: Record<TrialOutcome, number> = { imported: 0, refused: 0, failed: 0 };
  let trials = 0;
  let dataLost = 0;
  for (const [i, importer] of options.importers.entries()) {
    const dir = join(options.workDir, importer);
    const baseSeed = options.seed + i;
    const bench = await ImportFuzzBench.open(importer, dir, { baseSeed, customers: options.customers });
    try {
      for (const plan of mutationPlans(baseSeed, options.perImporter)) {
        trials++;
        const { outcome, problem, vague: vagueness } = await bench.run(plan);
        outcomes[outcome]++;
        if ((outcome === 'refused' || plan[0]?.kind === 'headerOnly') && plan.length === 1) refusalsJudged++;
        if (vagueness) vague.push({ subject: `${importer} ${describePlan(plan)}`, seed: baseSeed, problem: vagueness, replay: { importer, baseSeed, customers: options.customers, plan } });
        if (problem) {
          if (problem.startsWith('partial write') || problem.startsWith('integrity')) dataLost++;
          const fuzzCase = { importer, baseSeed, customers: options.customers, plan };
          failures.push({ subject: `${importer} ${describePlan(plan)}`, seed: baseSeed, problem, replay: fuzzCase });
          cases.push({ ...fuzzCase, problem });
        }
      }
    } finally {
      await bench.close();
    }
  }
  return {
    safety: {
      check: 'Importer fuzzing (mutated exports)',
      trials,
      failures,
      dataLost,
      notes: [`${options.importers.length} importers; ${outcomes.imported} imported, ${outcomes.refused} refused, ${outcomes.failed} failed (crash, hang or internal error)`],
    },
    messages: { check: 'Refusals name the problem, header-only files are refused (1-mutation files)', trials: refusalsJudged, failures: vague, dataLost: 0 },
    cases,
  };
}
