import { afterAll, describe, expect, it } from 'vitest';
import { formatFailure } from '../reliability/check-result.ts';
import { formatFigures, readsUnderLoad, twoImportsAtOnce } from '../reliability/load-check.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('load: the UI keeps answering while the worker writes', () => {
  const temp = makeTempDir('regulars-reliability-load-');
  afterAll(() => temp.cleanup());

  it('answers the first screens\' reads quickly while a large import and a recompute run', async () => {
    // The bound is the product's promise (200 ms at p95); a read that only ever takes a few
    // milliseconds leaves ample room for a shared CI machine. The figures are printed for the record.
    const result = await readsUnderLoad({ workDir: temp.dir, seed: 31, customers: 3000, boundMs: 200 });
    console.info(['reads while busy:', ...formatFigures(result.busy), 'reads while idle:', ...formatFigures(result.idle), ...(result.notes ?? [])].join('\n'));
    expect(result.busy.every((f) => f.samples > 0)).toBe(true);
    expect(result.failures.map(formatFailure)).toEqual([]);
  }, 120_000);
});

describe('two imports started at once are queued, not interleaved', () => {
  const temp = makeTempDir('regulars-reliability-queue-');
  afterAll(() => temp.cleanup());

  it('shows the second as queued until the first finishes, and the history has them one after the other', async () => {
    const evidence = await twoImportsAtOnce({ workDir: temp.dir, seed: 41, customers: 1500 });
    expect(evidence.secondBeforeFirstFinished).toEqual(['queued']);
    expect(evidence.history.map((r) => r.fileName)).toEqual(['orders_export_a.csv', 'orders_export_b.csv']);
    const [a, b] = evidence.history;
    expect(a.startedAt <= a.finishedAt).toBe(true);
    expect(a.finishedAt <= b.startedAt).toBe(true);
  }, 120_000);
});
