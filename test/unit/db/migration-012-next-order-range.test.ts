import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 12: the next-order range beside the median day', () => {
  it('adds the early and late days, empty for predictions stored before, and keeps every stored prediction', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 11), ':memory:');
    db.exec(`INSERT INTO model_predictions (customer_id, p_alive, expected_purchases_30, expected_purchases_90, expected_purchases_365, expected_order_value_cents, clv_12_cents, next_order_day)
             VALUES (7, 0.8, 0.1, 0.3, 1.1, 4500, 9000, '2025-03-01')`);
    migrate(db, migrations.slice(0, 12), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT * FROM model_predictions').get()).toEqual({
      customer_id: 7, p_alive: 0.8, expected_purchases_30: 0.1, expected_purchases_90: 0.3, expected_purchases_365: 1.1,
      expected_order_value_cents: 4500, clv_12_cents: 9000, next_order_day: '2025-03-01', next_order_early_day: null, next_order_late_day: null,
    });
    db.close();
  });
});
