import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core.ts';
import type { ApiEvent, RequestName, RequestInput, RequestResult } from '../../src/shared/api/index.ts';

/**
 * End to end: a transactions CSV imported through `imports.run` is followed, in the same job, by
 * the recompute; the stages are then there to read. Fewer than 20 repeat customers: the retail
 * defaults apply (window 90, at-risk 144, lapse 180 days, loyal from 3 purchases).
 */
const firstFile = [
  'customer_id,date,amount',
  'A1,2025-01-05,20.00',
  'A1,2025-02-10,30.00',
  'A1,2025-02-10,5.00',
  'A1,2025-04-01,25.00',
  'B2,2025-01-20,50.00',
  'B2,2025-03-15,70.00',
  'C3,2025-02-01,15.00',
  'D4,2025-03-01,40.00',
  'D4,2025-05-20,44.00',
  'D4,2025-06-30,46.00',
  'E5,2024-10-01,60.00',
  'F6,2025-06-01,35.00',
].join('\n');
const secondFile = ['customer_id,date,amount', 'E5,2025-07-02,65.00'].join('\n');

describe('lifecycle after importing a real CSV (imports.run -> recompute in the same job)', () => {
  let core: ReturnType<typeof startTestCore>;
  const phases = new Set<string>();

  async function call<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>> {
    const answer = await core.dispatch(name, input);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.value as RequestResult<N>;
  }

  beforeAll(() => {
    core = startTestCore();
    core.events.subscribe((e) => {
      if (e.name === 'job.progress') phases.add((e as ApiEvent<'job.progress'>).payload.phase);
    });
  });
  afterAll(async () => {
    await core.dispose();
  });

  it('computes every customer\'s stage as of the latest imported order day', async () => {
    const path = join(core.dir, 'transactions.csv');
    writeFileSync(path, `${firstFile}\n`);
    const imported = await call('imports.run', { paths: [path] });
    expect(imported.results.every((r) => r.ok)).toBe(true);
    expect(phases).toContain('recomputing');
    const overview = await call('lifecycle.overview', {});
    expect(overview.asOf).toBe('2025-06-30');
    expect(overview.thresholds.derivation.fallback).toBe(true);
    expect(Object.fromEntries(overview.stages.map((s) => [s.stage, s.customers]))).toEqual({ prospect: 0, new: 1, repeat: 1, loyal: 2, at_risk: 1, lapsed: 1, reactivated: 0 });
  });

  it('tells who moved where since the previous import', async () => {
    const path = join(core.dir, 'more.csv');
    writeFileSync(path, `${secondFile}\n`);
    await call('imports.run', { paths: [path] });
    const changes = await call('lifecycle.changes', {});
    expect(changes.moves).toEqual([{ from: 'lapsed', to: 'reactivated', cause: 'purchase', customers: 1 }]);
    expect(changes.customers).toHaveLength(1);
    const profile = await call('lifecycle.customer', { id: changes.customers[0].id });
    expect(profile.journey.map((j) => j.stage)).toEqual(['new', 'at_risk', 'lapsed', 'reactivated']);
  });
});
