import type { Migration } from '../migrate.ts';

/**
 * Traffic reports (docs/formats.md, "Traffic reports") and the owner's monthly targets for the funnel's
 * rates (docs/funnel.md). `period` is a day (`YYYY-MM-DD`, from a daily report) or a month (`YYYY-MM`, from
 * a monthly one); importing either replaces what was stored for the same days (traffic-store.ts). The
 * optional figures are null when the report has no such column.
 */
export const traffic: Migration = {
  version: 15,
  name: 'traffic',
  up(db) {
    db.exec(`
      CREATE TABLE traffic (
        period              TEXT PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        sessions            INTEGER NOT NULL CHECK (sessions >= 0),
        visitors            INTEGER CHECK (visitors >= 0),
        added_to_cart       INTEGER CHECK (added_to_cart >= 0),
        reached_checkout    INTEGER CHECK (reached_checkout >= 0),
        converted_sessions  INTEGER CHECK (converted_sessions >= 0),
        import_id           INTEGER REFERENCES imports(id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE funnel_targets (
        rate    TEXT PRIMARY KEY CHECK (rate IN ('acquisition', 'conversion', 'retention', 'loyalty', 'recovery')),
        target  REAL NOT NULL CHECK (target > 0 AND target <= 10)
      ) STRICT;
    `);
  },
};
