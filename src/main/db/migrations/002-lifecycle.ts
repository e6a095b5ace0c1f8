import type { Migration } from '../migrate.ts';

/**
 * Results of the lifecycle engine (issue 4), rewritten by every recompute; nothing here is source
 * data, so the tables carry no foreign keys and are simply recomputed after an import or a
 * settings change. Days are `YYYY-MM-DD`, money in cents, customer ids are root customers
 * (coalesce(merged_into, id)). `journey` is the customer's stage history as text (see
 * engine/journey-text.ts): `stage first-day cause` per stay, separated by `;`.
 */
export const lifecycle: Migration = {
  version: 2,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      CREATE TABLE lifecycle_state (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        as_of              TEXT,
        latest_order_day   TEXT,
        computed_at        TEXT NOT NULL,
        import_id          INTEGER,
        thresholds_json    TEXT NOT NULL,
        at_risk_mode       TEXT NOT NULL,
        at_risk_fallback   INTEGER NOT NULL,
        vip_cutoff_cents   INTEGER,
        simple_clv_json    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE lifecycle_customers (
        customer_id        INTEGER PRIMARY KEY,
        stage              TEXT NOT NULL,
        stage_rank         INTEGER NOT NULL,
        rule_stage         TEXT NOT NULL,
        stage_since        TEXT NOT NULL,
        purchases          INTEGER NOT NULL,
        orders             INTEGER NOT NULL,
        net_cents          INTEGER NOT NULL,
        aov_cents          INTEGER,
        repeat_mean_cents  INTEGER NOT NULL,
        first_day          TEXT,
        last_day           TEXT,
        r                  INTEGER,
        f                  INTEGER,
        m                  INTEGER,
        segment            TEXT,
        vip                INTEGER NOT NULL,
        first_order_id     INTEGER,
        first_product      TEXT,
        first_discount     TEXT,
        first_channel      TEXT,
        cohort_month       TEXT,
        journey            TEXT NOT NULL,
        row_hash           INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX lifecycle_customers_stage ON lifecycle_customers(stage, net_cents);
      CREATE INDEX lifecycle_customers_net ON lifecycle_customers(net_cents);
      CREATE INDEX lifecycle_customers_last ON lifecycle_customers(last_day);
      CREATE INDEX lifecycle_customers_first ON lifecycle_customers(first_day);
      CREATE INDEX customers_name_nocase ON customers(first_name COLLATE NOCASE, last_name COLLATE NOCASE);

      CREATE TABLE lifecycle_stage_counts (
        granularity  TEXT NOT NULL,
        day          TEXT NOT NULL,
        stage        TEXT NOT NULL,
        customers    INTEGER NOT NULL,
        PRIMARY KEY (granularity, day, stage)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE lifecycle_reports (
        name  TEXT PRIMARY KEY,
        json  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE lifecycle_snapshots (
        import_id    INTEGER NOT NULL,
        customer_id  INTEGER NOT NULL,
        stage        TEXT NOT NULL,
        purchases    INTEGER NOT NULL,
        PRIMARY KEY (import_id, customer_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
