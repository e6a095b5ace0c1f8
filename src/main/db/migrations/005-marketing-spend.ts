import type { Migration } from '../migrate.ts';

/**
 * Marketing spend the owner enters or imports, per month and channel, and the rules that attribute
 * a new customer's first order to a channel (by the order's Source or its discount code).
 */
export const marketingSpend: Migration = {
  version: 5,
  name: 'marketing-spend',
  up(db) {
    db.exec(`
      CREATE TABLE marketing_spend (
        month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        channel     TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 80),
        spend_cents INTEGER NOT NULL CHECK (spend_cents >= 0),
        PRIMARY KEY (month, channel)
      ) STRICT;

      CREATE TABLE channel_links (
        match_kind TEXT NOT NULL CHECK (match_kind IN ('source', 'discount_code')),
        pattern    TEXT NOT NULL,
        channel    TEXT NOT NULL,
        PRIMARY KEY (match_kind, pattern)
      ) STRICT;
    `);
  },
};
