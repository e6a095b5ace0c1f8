import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realErrors, regulars } from '../support/run-cli.ts';
import { openDatabase } from '../../src/main/db/connection.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import type { ExportResult } from '../../src/shared/domain/campaigns.ts';
import { createShop, type ShopBuilder } from '../support/shop-builder.ts';

/** 40 tea buyers (30 agreed to e-mail), 10 who bought a teapot only, a prospect. */
function buildShop(): ShopBuilder {
  const shop = createShop();
  shop.batch(() => {
    for (let i = 0; i < 40; i += 1) {
      const id = shop.customer({ email: `tea${i}@example.com`, acceptsEmail: i < 30, country: i % 2 ? 'DE' : 'FR' });
      shop.order(id, `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`, { lines: [{ product: 'Green Tea', price: 20 + i }] });
    }
    for (let i = 0; i < 10; i += 1) shop.order(shop.customer({ email: `pot${i}@example.com`, acceptsEmail: true }), '2026-01-10', { lines: [{ product: 'Teapot', price: 45 }] });
    shop.customer({ email: 'prospect@example.com', acceptsEmail: true, fromCustomersExport: true });
  });
  recompute(shop.db);
  shop.close();
  return shop;
}

const json = <T>(stdout: string) => JSON.parse(stdout) as T;

describe('CLI: npx regulars segment, segments and export --audience segment:NAME', () => {
  let shop: ShopBuilder;
  beforeAll(() => {
    shop = buildShop();
  });
  afterAll(() => shop.dispose());

  it('counts a rule, and says where a rule cannot be read', async () => {
    const run = await regulars(['segment', '--db', shop.path, '--where', 'bought "green tea" and accepts_email', '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(json(run.stdout)).toEqual({ count: 30, rule: 'bought "green tea" and accepts_email = yes' });
    const text = await regulars(['segment', '--db', shop.path, '--where', 'country in (DE) and net_value >= 40']);
    expect(text.stdout.trim()).toBe('10 customers: country in ("DE") and net_value >= 40');
    const bad = await regulars(['segment', '--db', shop.path, '--where', 'net_value > and vip']);
    expect(bad.status).not.toBe(0);
    expect(realErrors(bad.stderr).join('\n')).toContain('Column 13: a value for net_value is expected here.');
  });

  it('saves a named segment, lists it, and exports it twice into identical files', async () => {
    const saved = await regulars(['segment', '--db', shop.path, '--where', 'bought "Green Tea"', '--name', 'Tea lovers', '--json']);
    expect(json(saved.stdout)).toEqual({ count: 40, rule: 'bought "Green Tea"', name: 'Tea lovers', saved: true });
    const list = await regulars(['segments', '--db', shop.path, '--json']);
    expect(json(list.stdout)).toEqual([{ name: 'Tea lovers', rule: 'bought "Green Tea"', count: 40, change: null }]);

    const files = [join(shop.dir, 'a.csv'), join(shop.dir, 'b.csv')];
    const results: ExportResult[] = [];
    for (const out of files) {
      const run = await regulars(['export', '--db', shop.path, '--audience', 'segment:Tea lovers', '--format', 'csv', '--out', out, '--holdout', '30', '--json']);
      expect(realErrors(run.stderr)).toEqual([]);
      results.push(json<ExportResult>(run.stdout));
    }
    expect(results[0]).toMatchObject({ audienceKind: 'segment', audienceKey: 'Tea lovers', segmentTag: 'regulars-tea-lovers', total: 40, eligible: 30 });
    expect(results[0].holdout).toBeGreaterThan(0);
    expect(readFileSync(files[1], 'utf8')).toBe(readFileSync(files[0], 'utf8'));
    const db = openDatabase(shop.path, { readonly: true });
    const heldOut = (id: string) => db.prepare('SELECT customer_id FROM campaign_members WHERE campaign_id = ? AND in_holdout = 1 ORDER BY customer_id').pluck().all(id);
    expect(heldOut(results[1].campaignId)).toEqual(heldOut(results[0].campaignId));

    // A smaller holdout share the next time still keeps out everyone held out while the first export is measured.
    const again = await regulars(['export', '--db', shop.path, '--audience', 'segment:tea LOVERS', '--format', 'csv', '--out', join(shop.dir, 'c.csv'), '--holdout', '0', '--json']);
    const third = json<ExportResult>(again.stdout);
    expect(heldOut(third.campaignId)).toEqual(heldOut(results[0].campaignId));
    db.close();
  });

  it('a saved segment follows the data: its size and change after the next import', async () => {
    const reopened = openDatabase(shop.path);
    reopened.transaction(() => {
      const importId = Number(reopened.prepare("INSERT INTO imports (file_name, content_hash, kind, started_at, finished_at, rows) VALUES ('next.csv', 'h2', 'shopify_orders', 'x', 'x', 0)").run().lastInsertRowid);
      const customer = Number(reopened.prepare("INSERT INTO customers (identity_key, email, accepts_email_marketing) VALUES ('email:new@example.com', 'new@example.com', 1)").run().lastInsertRowid);
      const order = Number(
        reopened
          .prepare(`INSERT INTO orders (match_key, platform, customer_id, created_at, created_ms, created_day, total_cents, refunded_cents, is_purchase, net_cents, import_id)
                    VALUES ('n1', 'shopify', ?, '2026-03-01T12:00:00Z', 0, '2026-03-01', 900, 0, 1, 900, ?)`)
          .run(customer, importId).lastInsertRowid,
      );
      const product = reopened.prepare("SELECT id FROM products WHERE product_title = 'Green Tea'").pluck().get() as number;
      reopened.prepare('INSERT INTO order_lines (order_id, position, product_id, quantity, price_cents) VALUES (?, 1, ?, 1, 900)').run(order, product);
    })();
    recompute(reopened);
    reopened.close();
    const list = await regulars(['segments', '--db', shop.path]);
    expect(list.stdout.trim()).toBe('Tea lovers: 41 customers (+1 since before the last import) — bought "Green Tea"');
    const missing = await regulars(['export', '--db', shop.path, '--audience', 'segment:Nobody', '--format', 'csv', '--out', join(shop.dir, 'd.csv')]);
    expect(missing.status).not.toBe(0);
    expect(realErrors(missing.stderr).join('\n')).toContain('There is no saved segment called "Nobody".');
  });
});
