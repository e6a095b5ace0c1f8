import type { Migration } from '../migrate.ts';

/**
 * Saved segments (docs/segments.md): a name and a rule of the segment language. Each recompute
 * records every segment's size for the latest import (`segment_sizes`), so the app can say how a
 * segment changed with the last import. Names are unique whatever their case.
 * A saved segment is an audience too: `campaigns.audience_kind` now also takes `segment`. SQLite cannot
 * change a CHECK, so both campaign tables are built anew and their rows copied (members first out and
 * last in, so dropping the old campaigns never cascades into them).
 * `watched_files` remembers every file content (by its SHA-256) the folder watcher has seen, imported or
 * not, so a file is imported once, whatever it is called and however often it is copied.
 */
export const segmentsAndWatchedFiles: Migration = {
  version: 14,
  name: 'segments-and-watched-files',
  up(db) {
    db.exec(`
      CREATE TABLE segments (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100),
        rule       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE segment_sizes (
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        import_id  INTEGER NOT NULL,
        size       INTEGER NOT NULL,
        PRIMARY KEY (segment_id, import_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE watched_files (
        content_hash TEXT PRIMARY KEY,
        file_name    TEXT NOT NULL,
        outcome      TEXT NOT NULL CHECK (outcome IN ('imported', 'skipped', 'failed')),
        seen_at      TEXT NOT NULL
      ) STRICT;

      ALTER TABLE campaign_members RENAME TO campaign_members_v10;
      ALTER TABLE campaigns RENAME TO campaigns_v10;
      DROP INDEX campaigns_created;
      DROP INDEX campaign_members_customer;
      CREATE TABLE campaigns (
        id                       TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
        name                     TEXT NOT NULL,
        audience_kind            TEXT NOT NULL CHECK (audience_kind IN ('stage', 'rfm', 'suggestion', 'customers', 'segment')),
        audience_key             TEXT NOT NULL,
        format                   TEXT NOT NULL CHECK (format IN ('klaviyo', 'mailchimp', 'shopify', 'meta', 'google', 'csv')),
        channel                  TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'ads')),
        created_at               TEXT NOT NULL,
        campaign_day             TEXT NOT NULL CHECK (campaign_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        holdout_percent          REAL NOT NULL CHECK (holdout_percent >= 0 AND holdout_percent <= 50),
        audience_size            INTEGER NOT NULL,
        exported_count           INTEGER NOT NULL,
        holdout_count            INTEGER NOT NULL,
        left_out_count           INTEGER NOT NULL,
        left_out_json            TEXT NOT NULL DEFAULT '[]',
        included_without_consent INTEGER NOT NULL DEFAULT 0,
        file_name                TEXT
      ) STRICT;
      INSERT INTO campaigns SELECT * FROM campaigns_v10;
      CREATE INDEX campaigns_created ON campaigns(created_at);
      CREATE TABLE campaign_members (
        campaign_id  TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        in_holdout   INTEGER NOT NULL CHECK (in_holdout IN (0, 1)),
        PRIMARY KEY (campaign_id, customer_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO campaign_members SELECT * FROM campaign_members_v10;
      CREATE INDEX campaign_members_customer ON campaign_members(customer_id);
      DROP TABLE campaign_members_v10;
      DROP TABLE campaigns_v10;
    `);
  },
};
