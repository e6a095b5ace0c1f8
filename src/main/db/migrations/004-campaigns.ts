import type { Migration } from '../migrate.ts';

/**
 * Recorded campaigns (issue 6): every audience export with its audience, format, date and holdout,
 * and who was in it. `campaign_members` holds everyone eligible for the file, exported or kept in the
 * holdout, so the lift can be measured from orders imported later. Customer ids are root customers
 * at export time; lift follows later merges through `customers.merged_into`.
 */
export const campaigns: Migration = {
  version: 4,
  name: 'campaigns',
  up(db) {
    db.exec(`
      CREATE TABLE campaigns (
        id                       TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
        name                     TEXT NOT NULL,
        audience_kind            TEXT NOT NULL CHECK (audience_kind IN ('stage', 'rfm', 'suggestion', 'customers')),
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
      CREATE INDEX campaigns_created ON campaigns(created_at);

      CREATE TABLE campaign_members (
        campaign_id  TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        in_holdout   INTEGER NOT NULL CHECK (in_holdout IN (0, 1)),
        PRIMARY KEY (campaign_id, customer_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX campaign_members_customer ON campaign_members(customer_id);
    `);
  },
};
