import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/db/connection.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import { writeLifecycleSettings } from '../../src/main/engine/settings.ts';
import { writeModelSettings } from '../../src/main/model/store/model-settings.ts';
import { startTestCore } from '../support/core.ts';
import { simulateTransactionsCsv } from '../fixtures/bgnbd-simulator.ts';
import type { RequestInput, RequestName, RequestResult } from '../../src/shared/api/index.ts';

const csv = simulateTransactionsCsv({
  customers: 1500,
  bgnbd: { r: 0.6, alpha: 5, a: 0.8, b: 3 },
  gammaGamma: { p: 6, q: 4, gamma: 120 },
  firstDay: '2024-01-01',
  lastDay: '2025-12-31',
  minTDays: 30,
  seed: 77,
});

describe('the model in the recompute pipeline and through the API', () => {
  let core: ReturnType<typeof startTestCore>;
  let db: Db;

  /** Dispatches like every front end and returns the typed result, failing the test on an error envelope. */
  async function call<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>> {
    const answer = await core.dispatch(name, input);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as RequestResult<N>;
  }

  beforeAll(async () => {
    core = startTestCore({ inline: true });
    const path = join(core.dir, 'transactions.csv');
    writeFileSync(path, csv);
    const answer = await core.dispatch('imports.run', { paths: [path] });
    expect(answer.ok).toBe(true);
    db = openDatabase(core.dbPath);
    recompute(db);
  });
  afterAll(async () => {
    db.close();
    await core.dispose();
  });

  it('stores the fit and one prediction per buyer after a recompute', () => {
    const fit = db.prepare('SELECT * FROM model_fits').get() as Record<string, unknown>;
    expect(fit).toMatchObject({ as_of: '2025-12-31', time_unit_days: 7, customers: 1500 });
    expect(['reliable', 'rough']).toContain(fit.verdict);
    const stats = db.prepare('SELECT count(*) AS n, min(p_alive) AS lo, max(p_alive) AS hi, sum(clv_12_cents IS NULL) AS noClv, sum(next_order_day <= ?) AS past FROM model_predictions').get('2025-12-31') as Record<string, number>;
    expect(stats).toMatchObject({ n: 1500, noClv: 0, past: 0 });
    expect(stats.lo).toBeGreaterThanOrEqual(0);
    expect(stats.hi).toBeLessThanOrEqual(1);
  });

  it('fits on request as of any day with parameters near the simulated ones', async () => {
    const fit = await call('model.summary', {});
    expect(fit.asOf).toBe('2025-12-31');
    expect(fit.timeUnitDays).toBe(7);
    expect(fit.bgnbd!.r).toBeGreaterThan(0.3);
    expect(fit.bgnbd!.r).toBeLessThan(1.2);
    expect(fit.gammaGamma!.populationMeanOrderValue!).toBeGreaterThan(150);
    expect(fit.gammaGamma!.populationMeanOrderValue!).toBeLessThan(330);
    const earlier = await call('model.summary', { asOf: '2025-06-30' });
    expect(earlier.customers).toBeLessThan(1500);
  });

  it('answers a customer profile with the prediction and its sentence', async () => {
    const id = db.prepare('SELECT customer_id FROM model_predictions ORDER BY expected_purchases_90 DESC LIMIT 1').pluck().get() as number;
    const answer = await call('model.customer', { customerId: id });
    expect(answer.asOf).toBe('2025-12-31');
    expect(answer.prediction!.customerId).toBe(id);
    // The most active customer: a next-order day, or the middle half of the waiting time where it is wide.
    const range = answer.prediction!.nextOrderRange;
    if (range) {
      expect(answer.sentence).toEqual({ key: 'sentence.likelyBetween', params: { from: range[0], to: range[1], percent: answer.prediction!.pAlive } });
      expect(range[0] > '2025-12-31' && range[0] < range[1]).toBe(true);
      expect(answer.prediction!.nextOrderDay! > range[0] && answer.prediction!.nextOrderDay! < range[1]).toBe(true);
    } else {
      expect(answer.sentence.key).toBe('sentence.likelyAround');
      expect(answer.sentence.params.date! > '2025-12-31').toBe(true);
    }
    const unknown = await call('model.customer', { customerId: 999_999 });
    expect(unknown).toMatchObject({ prediction: null, sentence: { key: 'sentence.noPrediction' } });
  });

  it("marks repeat customers with a low P(alive) at risk in 'model' mode", () => {
    writeLifecycleSettings(db, { atRiskMode: 'model' });
    writeModelSettings(db, { pAliveThreshold: 0.6 });
    recompute(db);
    const state = db.prepare('SELECT at_risk_mode, at_risk_fallback FROM lifecycle_state').get();
    expect(state).toEqual({ at_risk_mode: 'model', at_risk_fallback: 0 });
    const rows = db
      .prepare(
        `SELECT l.stage, l.rule_stage, p.p_alive FROM lifecycle_customers l JOIN model_predictions p USING (customer_id)
          WHERE l.purchases >= 2 AND l.rule_stage IN ('repeat', 'loyal', 'at_risk')`,
      )
      .all() as { stage: string; rule_stage: string; p_alive: number }[];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row.stage === 'at_risk').toBe(row.p_alive < 0.6);
    writeLifecycleSettings(db, { atRiskMode: 'rules' });
    writeModelSettings(db, { pAliveThreshold: 0.5 });
  });

  it('saves settings through a job, which recomputes the predictions', async () => {
    const before = db.prepare('SELECT sum(clv_12_cents) FROM model_predictions').pluck().get() as number;
    const saved = await call('model.saveSettings', { monthlyDiscountRate: 0.1, penalty: 0.05 });
    expect(saved).toEqual({ penalty: 0.05, monthlyDiscountRate: 0.1, pAliveThreshold: 0.5 });
    const after = db.prepare('SELECT sum(clv_12_cents) FROM model_predictions').pluck().get() as number;
    expect(after).toBeLessThan(before);
    const settings = await call('model.settings', {});
    expect(settings.monthlyDiscountRate).toBe(0.1);
    const bad = await core.dispatch('model.saveSettings', { monthlyDiscountRate: 3 });
    expect(bad.ok).toBe(false);
    await core.dispatch('model.saveSettings', { monthlyDiscountRate: 0.01, penalty: 0.01 });
  });

  it('backtests: predicted holdout purchases are close to what happened', async () => {
    const result = await call('model.backtest', { calibrationEnd: '2025-06-30', holdoutDays: 180 });
    expect(result.holdoutEnd).toBe('2025-12-27');
    expect(result.rows.map((r) => r.repeatPurchases)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(result.rows.reduce((s, r) => s + r.customers, 0)).toBe(result.totals.customers);
    expect(Math.abs(result.totals.predicted - result.totals.actual) / result.totals.actual).toBeLessThan(0.2);
    expect(result.lapsed.share).not.toBeNull();
    const tooLate = await core.dispatch('model.backtest', { calibrationEnd: '2025-12-31' });
    expect(tooLate.ok).toBe(false);
    if (!tooLate.ok) expect(tooLate.error.details?.messageKey).toBe('model:errors.calibrationTooLate');
  });
});
