import type { Db } from '../db/connection.ts';
import type { JobContext } from '../job-contract/job-context.ts';
import { AppError } from '../../shared/api/envelope.ts';
import type { CustomerMergeResult } from '../../shared/domain/imports.ts';

interface CustomerRow {
  id: number;
  merged_into: number | null;
}

function customer(db: Db, id: number): CustomerRow {
  const row = db.prepare('SELECT id, merged_into FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
  if (!row) throw new AppError('not_found', `There is no customer ${id}.`, { messageKey: 'imports:errors.noSuchCustomer', params: { id } });
  return row;
}

/**
 * Counts `sourceId` (and everyone already merged into it) as `targetId` from now on. Merging into a
 * customer that is itself merged goes to the one it was merged into, so `merged_into` is never a chain.
 */
export function mergeCustomers(db: Db, sourceId: number, targetId: number): CustomerMergeResult {
  return db
    .transaction((): CustomerMergeResult => {
      const source = customer(db, sourceId);
      const target = customer(db, targetId);
      const root = target.merged_into ?? target.id;
      if (source.merged_into !== null) {
        throw new AppError('invalid_input', `Customer ${sourceId} is already merged into customer ${source.merged_into}; undo that merge first.`, {
          messageKey: 'imports:errors.alreadyMerged', params: { id: sourceId, into: source.merged_into },
        });
      }
      if (root === source.id) {
        throw new AppError('invalid_input', `Customers ${sourceId} and ${targetId} are already the same customer.`, {
          messageKey: 'imports:errors.sameCustomer', params: { id: sourceId, other: targetId },
        });
      }
      const moved = db.prepare('SELECT id FROM customers WHERE merged_into = ? ORDER BY id').pluck().all(source.id) as number[];
      db.prepare('UPDATE customers SET merged_into = ? WHERE id = ? OR merged_into = ?').run(root, source.id, source.id);
      const mergeId = Number(
        db.prepare('INSERT INTO customer_merges (source_id, target_id, moved_json, merged_at) VALUES (?, ?, ?, ?)').run(source.id, root, JSON.stringify(moved), new Date().toISOString())
          .lastInsertRowid,
      );
      return { mergeId, sourceId: source.id, targetId: root };
    })
    .immediate();
}

/** Undoes the merge that folded `customerId` into another customer; those merged into it come back with it. */
export function unmergeCustomer(db: Db, customerId: number): { customerId: number; restored: number[] } {
  return db
    .transaction(() => {
      const row = customer(db, customerId);
      if (row.merged_into === null) {
        throw new AppError('invalid_input', `Customer ${customerId} is not merged into anyone.`, { messageKey: 'imports:errors.notMerged', params: { id: customerId } });
      }
      const merge = db
        .prepare('SELECT id, moved_json FROM customer_merges WHERE source_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
        .get(customerId) as { id: number; moved_json: string } | undefined;
      const moved = merge ? (JSON.parse(merge.moved_json) as number[]) : [];
      const update = db.prepare('UPDATE customers SET merged_into = ? WHERE id = ? AND merged_into = ?');
      const restored = moved.filter((id) => update.run(customerId, id, row.merged_into).changes > 0);
      db.prepare('UPDATE customers SET merged_into = NULL WHERE id = ?').run(customerId);
      if (merge) db.prepare('UPDATE customer_merges SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), merge.id);
      return { customerId, restored };
    })
    .immediate();
}

export const mergeCustomersJob = async (ctx: JobContext, input: { sourceId: number; targetId: number }) => mergeCustomers(ctx.db, input.sourceId, input.targetId);
export const unmergeCustomerJob = async (ctx: JobContext, input: { customerId: number }) => unmergeCustomer(ctx.db, input.customerId);
