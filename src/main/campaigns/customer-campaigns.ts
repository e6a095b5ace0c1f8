import type { Db } from '../db/connection.ts';
import type { CustomerCampaign } from '../../shared/api/campaigns.ts';
import type { ConsentChannel, ExportFormat } from '../../shared/domain/campaigns.ts';

/**
 * The recorded campaigns a customer was in, newest first, and whether they were kept in the holdout.
 * Members are root customers at export time, so a customer merged later also sees the campaigns of
 * the customers merged into them (and a merged customer those of their root).
 */
export function campaignsForCustomer(db: Db, customerId: number): CustomerCampaign[] {
  const rows = db
    .prepare(
      `WITH root AS (SELECT coalesce(merged_into, id) AS id FROM customers WHERE id = ?)
       SELECT c.id, c.name, c.campaign_day, c.format, c.channel, max(m.in_holdout) AS in_holdout
         FROM campaign_members m
         JOIN campaigns c ON c.id = m.campaign_id
        WHERE m.customer_id IN (SELECT id FROM customers WHERE id = (SELECT id FROM root) OR merged_into = (SELECT id FROM root))
        GROUP BY c.id
        ORDER BY c.campaign_day DESC, c.created_at DESC, c.id`,
    )
    .all(customerId) as { id: string; name: string; campaign_day: string; format: ExportFormat; channel: ConsentChannel; in_holdout: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, campaignDate: r.campaign_day, format: r.format, channel: r.channel, inHoldout: r.in_holdout === 1 }));
}
