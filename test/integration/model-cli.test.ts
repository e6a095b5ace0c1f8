import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regulars, realErrors } from '../support/run-cli.ts';
import { startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/** A plain transactions export: 4 customers, same-day orders, one customer with a single purchase. */
const transactions = [
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
].join('\n');

describe('CLI: npx regulars model / backtest on an imported transactions CSV', () => {
  const temp = makeTempDir();
  const dbPath = join(temp.dir, 'shop.db');

  beforeAll(async () => {
    const csvPath = join(temp.dir, 'transactions.csv');
    writeFileSync(csvPath, `${transactions}\n`);
    const core = startTestCore({ inline: true, dbPath });
    const imported = await core.dispatch('imports.run', { paths: [csvPath] });
    await core.close();
    expect(imported.ok).toBe(true);
  });
  afterAll(() => temp.cleanup());

  it('prints the fitted models as JSON with the documented keys', async () => {
    const run = await regulars(['model', '--db', dbPath, '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    const fit = JSON.parse(run.stdout);
    expect(fit).toMatchObject({ asOf: '2025-06-30', timeUnitDays: 7, customers: 4, repeatCustomers: 3 });
    for (const key of ['r', 'alpha', 'a', 'b', 'logLik']) expect(Number.isFinite(fit.bgnbd[key])).toBe(true);
    for (const key of ['p', 'q', 'gamma']) expect(Number.isFinite(fit.gammaGamma[key])).toBe(true);
    // Four customers: the model answers, and says plainly how little to trust it.
    expect(fit.verdict).toBe('unreliable');
    expect(fit.reasons).toContainEqual({ code: 'fewRepeatBuyers', params: { count: 3 } });
    // Both purchase models are fitted; too few repeat buyers to use either: historical figures only, with the reason.
    for (const key of ['r', 'alpha', 's', 'beta', 'logLik']) expect(Number.isFinite(fit.paretoNbd[key])).toBe(true);
    expect(fit.paretoNbd).toHaveProperty('standardErrors');
    expect(typeof fit.paretoNbd.converged).toBe('boolean');
    expect(fit.chosenModel).toBeNull();
    expect(fit.choice).toMatchObject({ chosen: null, basis: 'none', reason: { code: 'fewRepeatBuyers', params: { count: 3 } } });
  });

  it('gives every customer row its predictions, withheld with the reason when the shop has no model', async () => {
    const run = await regulars(['customers', '--db', dbPath, '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    const page = JSON.parse(run.stdout);
    expect(page.rows).toHaveLength(4);
    for (const row of page.rows) {
      expect(row).toMatchObject({ pAlive: null, expectedPurchases90d: null, predictedValue12m: null, nextOrderDate: null });
      expect(row.withheld).toEqual({ code: 'noModel', because: { code: 'fewRepeatBuyers', params: { count: 3 } } });
    }
  });

  it('fits as of an earlier day, when fewer customers were known', async () => {
    const run = await regulars(['model', '--db', dbPath, '--as-of', '2025-01-31', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ asOf: '2025-01-31', customers: 2, repeatCustomers: 0 });
  });

  it('prints the backtest table and totals as JSON', async () => {
    const run = await regulars(['backtest', '--db', dbPath, '--calibration-end', '2025-02-28', '--holdout-days', '120', '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ calibrationEnd: '2025-02-28', holdoutDays: 120, holdoutEnd: '2025-06-28' });
    expect(result.rows).toHaveLength(8);
    // Calibration: A1 (x=1), B2 (x=0), C3 (x=0); holdout: A1 once (04-01), B2 once (03-15); D4 not yet a customer.
    expect(result.totals).toMatchObject({ customers: 3, actual: 2 });
    expect(result.rows[0]).toMatchObject({ customers: 2, meanActual: 0.5 });
    // No model this small: nothing is predicted, and the naive forecast is reported beside it.
    expect(result.model).toBeNull();
    expect(result.accuracy).toMatchObject({ model: null, naive: { actualTotal: 2 } });
  });

  it('explains a bad option in one line', async () => {
    const run = await regulars(['backtest', '--db', dbPath, '--calibration-end', '2025-02-28', '--holdout-days', 'soon']);
    expect(run.status).toBe(2);
    expect(realErrors(run.stderr)).toEqual(['regulars backtest: --holdout-days must be a whole number of days, 1 or more (got "soon")']);
  });
});
