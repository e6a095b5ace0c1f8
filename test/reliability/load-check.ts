import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCore, type Core } from '../../src/main/core/create-core.ts';
import { contract, isRequestName, type ApiEvent } from '../../src/shared/api/index.ts';
import type { ImportRecord } from '../../src/shared/domain/imports.ts';
import type { JobFinished, JobProgress } from '../../src/shared/domain/jobs.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import type { CheckResult, FailureRecord } from './check-result.ts';

const WORKER_URL = new URL('../../src/main/jobs/worker.ts', import.meta.url);

/** The reads the first screens make, when the contract has them (later issues add the engine's). */
const UI_READS: { name: string; input: Record<string, unknown> }[] = [
  { name: 'app.info', input: {} },
  { name: 'shop.summary', input: {} },
  { name: 'imports.list', input: { limit: 50 } },
  { name: 'lifecycle.overview', input: {} },
  { name: 'lifecycle.customers', input: {} },
];

export function availableReads(): { name: string; input: Record<string, unknown> }[] {
  return UI_READS.filter(({ name, input }) => isRequestName(name) && contract[name].input.safeParse(input).success);
}

export interface LatencyFigures {
  read: string;
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

function figures(read: string, samples: number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { read, samples: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

export function formatFigures(rows: LatencyFigures[]): string[] {
  return rows.map((r) => `${r.read.padEnd(22)} n=${String(r.samples).padStart(5)}  p50=${r.p50.toFixed(1).padStart(6)} ms  p95=${r.p95.toFixed(1).padStart(6)} ms  max=${r.max.toFixed(1).padStart(6)} ms`);
}

async function sampleReads(core: Core, until: () => boolean, failures: FailureRecord[]): Promise<Map<string, number[]>> {
  const reads = availableReads();
  const samples = new Map(reads.map((r) => [r.name, [] as number[]]));
  do {
    for (const { name, input } of reads) {
      const started = performance.now();
      const answer = await core.dispatch(name, input);
      samples.get(name)!.push(performance.now() - started);
      if (!answer.ok && failures.length < 20) failures.push({ subject: name, seed: 0, problem: `failed under load: ${answer.error.message}` });
    }
    await sleep(5);
  } while (!until());
  return samples;
}

/**
 * Measures the UI's reads while the worker imports a large export and then recomputes
 * everything: the reads run on the caller's thread, the writes in the worker, so they must
 * keep answering quickly. `boundMs` is the p95 a read may take.
 */
export async function readsUnderLoad(options: { workDir: string; seed: number; customers: number; boundMs: number }): Promise<CheckResult & { idle: LatencyFigures[]; busy: LatencyFigures[] }> {
  const earlier = join(options.workDir, 'orders_export_earlier.csv');
  const large = join(options.workDir, 'orders_export_large.csv');
  await writeShopifyOrdersExport(earlier, { customers: Math.round(options.customers / 4), seed: options.seed + 1, end: '2025-06-30' });
  await writeShopifyOrdersExport(large, { customers: options.customers, seed: options.seed });
  const core = createCore({ dbPath: join(options.workDir, 'regulars.db'), workerUrl: WORKER_URL });
  const failures: FailureRecord[] = [];
  try {
    const first = await core.dispatch('imports.run', { paths: [earlier] });
    if (!first.ok) throw new Error(`the earlier export was not imported: ${first.error.message}`);
    let idleRounds = 0;
    const idleUntil = performance.now() + 10_000;
    const idle = await sampleReads(core, () => ++idleRounds >= 20 || performance.now() > idleUntil, failures);

    let busy = true;
    const started = performance.now();
    const work = (async () => {
      const imported = await core.dispatch('imports.run', { paths: [large] });
      if (!imported.ok) failures.push({ subject: 'imports.run', seed: options.seed, problem: imported.error.message });
      if (isRequestName('lifecycle.recompute')) {
        const recomputed = await core.dispatch('lifecycle.recompute', {});
        if (!recomputed.ok) failures.push({ subject: 'lifecycle.recompute', seed: options.seed, problem: recomputed.error.message });
      }
    })().finally(() => (busy = false));
    const underLoad = await sampleReads(core, () => !busy, failures);
    await work;
    const workMs = performance.now() - started;

    const idleFigures = [...idle].map(([read, s]) => figures(read, s));
    const busyFigures = [...underLoad].map(([read, s]) => figures(read, s));
    for (const f of busyFigures) if (f.p95 > options.boundMs) failures.push({ subject: f.read, seed: options.seed, problem: `p95 ${f.p95.toFixed(1)} ms under load is above ${options.boundMs} ms` });
    return {
      check: 'UI reads during import + recompute',
      trials: busyFigures.reduce((n, f) => n + f.samples, 0),
      failures,
      dataLost: 0,
      idle: idleFigures,
      busy: busyFigures,
      notes: [`import${isRequestName('lifecycle.recompute') ? ' + recompute' : ''} ran ${Math.round(workMs)} ms`, ...formatFigures(busyFigures)],
    };
  } finally {
    await core.close();
  }
}

export interface QueueEvidence {
  jobIds: [string, string];
  /** Progress events of the second job, in order, until the first job finished. */
  secondBeforeFirstFinished: string[];
  history: Pick<ImportRecord, 'fileName' | 'startedAt' | 'finishedAt'>[];
}

/**
 * Starts two imports at the same moment and records what the worker did with the second one
 * while the first was running, and the import history afterwards.
 */
export async function twoImportsAtOnce(options: { workDir: string; seed: number; customers: number }): Promise<QueueEvidence> {
  const a = join(options.workDir, 'orders_export_a.csv');
  const b = join(options.workDir, 'orders_export_b.csv');
  await writeShopifyOrdersExport(a, { customers: options.customers, seed: options.seed });
  await writeShopifyOrdersExport(b, { customers: options.customers, seed: options.seed + 1 });
  const core = createCore({ dbPath: join(options.workDir, 'regulars.db'), workerUrl: WORKER_URL });
  const events: ApiEvent[] = [];
  const unsubscribe = core.events.subscribe((event) => events.push(event));
  try {
    const [first, second] = await Promise.all([core.dispatch('imports.run', { paths: [a] }), core.dispatch('imports.run', { paths: [b] })]);
    if (!first.ok || !second.ok) throw new Error(`an import failed: ${JSON.stringify([first, second]).slice(0, 300)}`);
    const jobIds: [string, string] = [(first.value as { jobId: string }).jobId, (second.value as { jobId: string }).jobId];
    const firstFinished = events.findIndex((e) => e.name === 'job.finished' && (e.payload as JobFinished).jobId === jobIds[0]);
    const secondBeforeFirstFinished = events
      .slice(0, firstFinished < 0 ? events.length : firstFinished)
      .flatMap((e) => (e.name === 'job.progress' && (e.payload as JobProgress).jobId === jobIds[1] ? [(e.payload as JobProgress).state] : []));
    const list = await core.dispatch('imports.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const history = (list.value as ImportRecord[])
      .filter((r) => r.fileName === 'orders_export_a.csv' || r.fileName === 'orders_export_b.csv')
      .map(({ fileName, startedAt, finishedAt }) => ({ fileName, startedAt, finishedAt }))
      .reverse();
    return { jobIds, secondBeforeFirstFinished, history };
  } finally {
    unsubscribe();
    await core.close();
  }
}
