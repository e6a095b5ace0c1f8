import type { Migration } from '../migrate.ts';

/**
 * Predictive model results (issue 5), rewritten by every recompute like the lifecycle tables:
 * the current BG/NBD + Gamma-Gamma fit and one row of predictions per root customer with a purchase.
 * Times of the fit are in `time_unit_days` days; money in cents; days `YYYY-MM-DD`.
 */
export const predictions: Migration = {
  version: 3,
  name: 'predictions',
  up(db) {
    db.exec(`
      CREATE TABLE model_fits (
        id                     INTEGER PRIMARY KEY CHECK (id = 1),
        as_of                  TEXT NOT NULL,
        fitted_at              TEXT NOT NULL,
        time_unit_days         REAL NOT NULL,
        customers              INTEGER NOT NULL,
        repeat_customers       INTEGER NOT NULL,
        r                      REAL,
        alpha                  REAL,
        a                      REAL,
        b                      REAL,
        bgnbd_log_lik          REAL,
        bgnbd_se_json          TEXT,
        p                      REAL,
        q                      REAL,
        gamma                  REAL,
        gamma_gamma_log_lik    REAL,
        gamma_gamma_se_json    TEXT,
        spend_correlation      REAL,
        penalty                REAL NOT NULL,
        monthly_discount_rate  REAL NOT NULL,
        verdict                TEXT NOT NULL,
        reasons_json           TEXT NOT NULL,
        summary_json           TEXT NOT NULL
      ) STRICT;

      CREATE TABLE model_predictions (
        customer_id                 INTEGER PRIMARY KEY,
        p_alive                     REAL NOT NULL,
        expected_purchases_30       REAL NOT NULL,
        expected_purchases_90       REAL NOT NULL,
        expected_purchases_365      REAL NOT NULL,
        expected_order_value_cents  INTEGER,
        clv_12_cents                INTEGER,
        next_order_day              TEXT
      ) STRICT;
      CREATE INDEX model_predictions_p_alive ON model_predictions(p_alive);
      CREATE INDEX model_predictions_clv ON model_predictions(clv_12_cents);
    `);
  },
};
