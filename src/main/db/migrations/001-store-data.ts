import type { Migration } from '../migrate.ts';

/**
 * Imported store data: import history, customers, orders and their line items, user settings,
 * remembered column mappings (per header set) and the customer merges the user made (to undo them).
 * `fingerprint` / `export_fingerprint` hash an order's / an exported customer's values so a re-import
 * can tell unchanged from changed. `merged_into` always points at a customer that is not itself merged.
 * Money is stored in minor units (cents) as integers so sums are exact.
 * Dates: `*_at` columns hold ISO 8601 instants with the shop's UTC offset as exported,
 * `*_ms` the same instant as epoch milliseconds, `*_day` the shop's local calendar day.
 */
export const storeData: Migration = {
  version: 1,
  name: 'store-data',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE imports (
        id                INTEGER PRIMARY KEY,
        file_name         TEXT NOT NULL,
        content_hash      TEXT NOT NULL,
        kind              TEXT NOT NULL,
        started_at        TEXT NOT NULL,
        finished_at       TEXT NOT NULL,
        rows              INTEGER NOT NULL,
        orders_added      INTEGER NOT NULL DEFAULT 0,
        orders_updated    INTEGER NOT NULL DEFAULT 0,
        orders_unchanged  INTEGER NOT NULL DEFAULT 0,
        customers_added   INTEGER NOT NULL DEFAULT 0,
        customers_updated INTEGER NOT NULL DEFAULT 0,
        warnings_json     TEXT NOT NULL DEFAULT '[]'
      ) STRICT;

      CREATE TABLE customers (
        id                      INTEGER PRIMARY KEY,
        identity_key            TEXT NOT NULL UNIQUE,
        email                   TEXT,
        phone                   TEXT,
        first_name              TEXT,
        last_name               TEXT,
        company                 TEXT,
        city                    TEXT,
        province                TEXT,
        country                 TEXT,
        zip                     TEXT,
        accepts_email_marketing INTEGER,
        accepts_sms_marketing   INTEGER,
        tags                    TEXT,
        note                    TEXT,
        external_customer_id    TEXT,
        export_total_spent_cents INTEGER,
        export_total_orders     INTEGER,
        from_customers_export   INTEGER NOT NULL DEFAULT 0,
        first_import_id         INTEGER REFERENCES imports(id),
        merged_into             INTEGER REFERENCES customers(id),
        export_fingerprint      TEXT
      ) STRICT;
      CREATE INDEX customers_email ON customers(email);
      CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;

      CREATE TABLE orders (
        id                  INTEGER PRIMARY KEY,
        match_key           TEXT NOT NULL UNIQUE,
        platform            TEXT NOT NULL,
        external_id         TEXT,
        name                TEXT,
        customer_id         INTEGER REFERENCES customers(id),
        email               TEXT,
        phone               TEXT,
        created_at          TEXT NOT NULL,
        created_ms          INTEGER NOT NULL,
        created_day         TEXT NOT NULL,
        currency            TEXT,
        subtotal_cents      INTEGER,
        shipping_cents      INTEGER,
        taxes_cents         INTEGER,
        total_cents         INTEGER NOT NULL,
        discount_code       TEXT,
        discount_cents      INTEGER,
        refunded_cents      INTEGER NOT NULL DEFAULT 0,
        financial_status    TEXT,
        fulfillment_status  TEXT,
        cancelled_at        TEXT,
        accepts_marketing   INTEGER,
        source_channel      TEXT,
        tags                TEXT,
        payment_method      TEXT,
        billing_city        TEXT,
        billing_province    TEXT,
        billing_country     TEXT,
        shipping_city       TEXT,
        shipping_province   TEXT,
        shipping_country    TEXT,
        is_purchase         INTEGER NOT NULL,
        net_cents           INTEGER NOT NULL,
        import_id           INTEGER NOT NULL REFERENCES imports(id),
        updated_import_id   INTEGER REFERENCES imports(id),
        fingerprint         TEXT
      ) STRICT;
      CREATE INDEX orders_customer_day ON orders(customer_id, created_day);
      CREATE UNIQUE INDEX orders_external ON orders(platform, external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX orders_day ON orders(created_day);

      CREATE TABLE line_items (
        id            INTEGER PRIMARY KEY,
        order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        product_title TEXT,
        variant       TEXT,
        sku           TEXT,
        quantity      INTEGER NOT NULL,
        price_cents   INTEGER NOT NULL,
        vendor        TEXT
      ) STRICT;
      CREATE INDEX line_items_order ON line_items(order_id);

      CREATE TABLE import_mappings (
        header_key   TEXT PRIMARY KEY,
        headers_json TEXT NOT NULL,
        mapping_json TEXT NOT NULL,
        date_format  TEXT,
        updated_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE customer_merges (
        id         INTEGER PRIMARY KEY,
        source_id  INTEGER NOT NULL REFERENCES customers(id),
        target_id  INTEGER NOT NULL REFERENCES customers(id),
        moved_json TEXT NOT NULL DEFAULT '[]',
        merged_at  TEXT NOT NULL,
        undone_at  TEXT
      ) STRICT;
    `);
  },
};
