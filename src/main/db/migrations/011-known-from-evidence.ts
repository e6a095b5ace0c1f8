import type { Migration } from '../migrate.ts';

/**
 * History is never backdated (docs/counting.md, "Known from"): a contact from a customers export is
 * known from the day that export gave evidence of them, `customers.export_seen_day` (the import's day,
 * or the file's date when earlier), no longer from the shop's first order day. Contacts already
 * imported get the day of the first customers export imported into the file, the best evidence kept.
 * `lifecycle_state.results_version` says which definitions the stored results were computed with:
 * results of another version are recomputed when the file is opened.
 */
export const knownFromEvidence: Migration = {
  version: 11,
  name: 'known-from-evidence',
  up(db) {
    db.exec(`
      ALTER TABLE customers ADD COLUMN export_seen_day TEXT;
      UPDATE customers
         SET export_seen_day = (SELECT substr(min(started_at), 1, 10) FROM imports WHERE kind = 'shopify_customers')
       WHERE from_customers_export = 1;
      ALTER TABLE lifecycle_state ADD COLUMN results_version INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
