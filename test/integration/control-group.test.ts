import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../src/main/db/connection.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import { inControlGroup } from '../../src/main/campaigns/control-group.ts';
import type { ControlGroupReport, ExportResult } from '../../src/shared/domain/campaigns.ts';
import { call, startTestCore } from '../support/core.ts';
import { createShop, type ShopBuilder } from '../support/shop-builder.ts';

/** 400 buyers of 2025, every one agreed to e-mail marketing. */
function buildShop(): { shop: ShopBuilder; ids: number[] } {
  const shop = createShop();
  const ids: number[] = [];
  shop.batch(() => {
    for (let i = 0; i < 400; i += 1) {
      const id = shop.customer({ email: `c${i}@example.com`, acceptsEmail: true });
      ids.push(id);
      shop.order(id, `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`, { total: 30 });
    }
  });
  recompute(shop.db);
  shop.close();
  return { shop, ids };
}

describe('the shop-wide control group', () => {
  let built: ReturnType<typeof buildShop>;
  let core: ReturnType<typeof startTestCore>;
  beforeAll(() => {
    built = buildShop();
    core = startTestCore({ dbPath: built.shop.path });
  });
  afterAll(async () => {
    await core.dispose();
    built.shop.dispose();
  });

  it('is never exported, is counted as left out, and is measured after the next import', async () => {
    const set = await call(core, 'campaigns.setControlGroup', { percent: 10, today: '2025-12-31' });
    expect(set).toMatchObject({ percent: 10, since: '2025-12-31', measurement: { days: 0, verdict: { code: 'too_early' } } });
    const control = built.ids.filter((id) => inControlGroup(id, 10));
    expect(control.length).toBeGreaterThan(20);
    expect(control.length).toBeLessThan(70);
    expect(set.measurement).toMatchObject({ control: { people: control.length }, marketed: { people: 400 - control.length } });

    const path = join(core.dir, 'everyone.csv');
    const result: ExportResult = await call(core, 'campaigns.export', { audience: { kind: 'customers', customerIds: built.ids, label: 'Everyone' }, format: 'csv', path, holdoutPercent: 10, campaignDate: '2025-12-31' });
    expect(result.leftOut).toEqual([{ reason: 'control_group', count: control.length }]);
    expect(result.eligible).toBe(400 - control.length);
    const db = openDatabase(built.shop.path, { readonly: true });
    const members = db.prepare('SELECT customer_id FROM campaign_members WHERE campaign_id = ?').pluck().all(result.campaignId) as number[];
    db.close();
    expect(members.some((id) => control.includes(id))).toBe(false);
    const file = readFileSync(path, 'utf8');
    for (const id of control) expect(file).not.toContain(`c${built.ids.indexOf(id)}@example.com,`);

    // The next import: in January, a third of the marketed customers buy again, and a tenth of the control group.
    const writer = openDatabase(built.shop.path);
    const importId = Number(writer.prepare("INSERT INTO imports (file_name, content_hash, kind, started_at, finished_at, rows) VALUES ('jan.csv', 'jan', 'shopify_orders', 'x', 'x', 0)").run().lastInsertRowid);
    const order = writer.prepare(`INSERT INTO orders (match_key, platform, customer_id, created_at, created_ms, created_day, total_cents, refunded_cents, is_purchase, net_cents, import_id)
                                  VALUES (?, 'shopify', ?, '2026-01-15T12:00:00Z', 0, '2026-01-15', 3000, 0, 1, 3000, ?)`);
    let marketedBuyers = 0;
    let controlBuyers = 0;
    writer.transaction(() => {
      built.ids.forEach((id, i) => {
        const inControl = control.includes(id);
        if (inControl ? i % 10 === 0 : i % 3 === 0) {
          order.run(`jan-${id}`, id, importId);
          if (inControl) controlBuyers += 1;
          else marketedBuyers += 1;
        }
      });
    })();
    recompute(writer);
    writer.close();
    const report: ControlGroupReport = await call(core, 'campaigns.controlGroup', {});
    expect(report.measurement).toMatchObject({
      dataUntil: '2026-01-15',
      days: 15,
      control: { people: control.length, buyers: controlBuyers },
      marketed: { people: 400 - control.length, buyers: marketedBuyers },
    });
    const m = report.measurement!;
    expect(m.rateDifference).toBeCloseTo(marketedBuyers / (400 - control.length) - controlBuyers / control.length, 10);
    expect(m.rateDifferenceInterval!.low).toBeLessThan(m.rateDifference!);
    expect(m.rateDifferenceInterval!.high).toBeGreaterThan(m.rateDifference!);
    expect(['likely_real_gain', 'no_measurable_effect']).toContain(m.verdict.code);

    // None: nobody is kept out any more.
    expect(await call(core, 'campaigns.setControlGroup', { percent: 0 })).toEqual({ percent: 0, since: null, measurement: null });
  });
});
