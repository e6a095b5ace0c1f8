import type { Db } from '../db/connection.ts';
import type { ChannelLink, ProductCost, SpendEntry } from '../../shared/domain/economics.ts';

export function listSpend(db: Db): SpendEntry[] {
  return (db.prepare('SELECT month, channel, spend_cents FROM marketing_spend ORDER BY month, channel').all() as { month: string; channel: string; spend_cents: number }[]).map((r) => ({
    month: r.month,
    channel: r.channel,
    spend: r.spend_cents / 100,
  }));
}

/** Sets the given month/channel amounts (0 removes an entry); other months stay as they are. */
export function saveSpend(db: Db, entries: SpendEntry[]): void {
  const upsert = db.prepare('INSERT INTO marketing_spend (month, channel, spend_cents) VALUES (?, ?, ?) ON CONFLICT (month, channel) DO UPDATE SET spend_cents = excluded.spend_cents');
  const remove = db.prepare('DELETE FROM marketing_spend WHERE month = ? AND channel = ?');
  db.transaction(() => {
    for (const e of entries) {
      const cents = Math.round(e.spend * 100);
      if (cents === 0) remove.run(e.month, e.channel);
      else upsert.run(e.month, e.channel, cents);
    }
  })();
}

export function listChannelLinks(db: Db): ChannelLink[] {
  return (db.prepare('SELECT match_kind, pattern, channel FROM channel_links ORDER BY channel, match_kind, pattern').all() as { match_kind: ChannelLink['matchKind']; pattern: string; channel: string }[]).map((r) => ({
    matchKind: r.match_kind,
    pattern: r.pattern,
    channel: r.channel,
  }));
}

/** Replaces every link at once: the Spend page edits them as one list. */
export function replaceChannelLinks(db: Db, links: ChannelLink[]): void {
  const insert = db.prepare('INSERT INTO channel_links (match_kind, pattern, channel) VALUES (?, ?, ?) ON CONFLICT (match_kind, pattern) DO UPDATE SET channel = excluded.channel');
  db.transaction(() => {
    db.exec('DELETE FROM channel_links');
    for (const link of links) insert.run(link.matchKind, link.pattern.trim().toLowerCase(), link.channel.trim());
  })();
}

/** Adds or replaces the unit cost of each product (by SKU or title, case-insensitive); other products keep theirs. */
export function saveProductCosts(db: Db, costs: readonly ProductCost[]): void {
  const upsert = db.prepare('INSERT INTO product_costs (match_key, unit_cost_cents) VALUES (?, ?) ON CONFLICT (match_key) DO UPDATE SET unit_cost_cents = excluded.unit_cost_cents');
  db.transaction(() => {
    for (const c of costs) upsert.run(c.product.trim().toLowerCase(), Math.round(c.unitCost * 100));
  })();
}

export function listProductCosts(db: Db): ProductCost[] {
  return (db.prepare('SELECT match_key, unit_cost_cents FROM product_costs ORDER BY match_key').all() as { match_key: string; unit_cost_cents: number }[]).map((r) => ({ product: r.match_key, unitCost: r.unit_cost_cents / 100 }));
}
