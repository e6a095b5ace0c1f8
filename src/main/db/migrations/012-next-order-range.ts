import type { Migration } from '../migrate.ts';

/**
 * A next-order date is stated with its uncertainty where that is wide ("likely between ... and ...",
 * docs/models.md): the quartiles of the waiting time are stored beside the median day, null when the range
 * is narrow or there is no date.
 */
export const nextOrderRange: Migration = {
  version: 12,
  name: 'next-order-range',
  up(db) {
    db.exec(`
      ALTER TABLE model_predictions ADD COLUMN next_order_early_day TEXT;
      ALTER TABLE model_predictions ADD COLUMN next_order_late_day TEXT;
    `);
  },
};
