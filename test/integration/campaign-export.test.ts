import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import { audienceSeed, inHoldout } from '../../src/main/campaigns/holdout.ts';
import type { AudiencePreview, CampaignRecord, ExportResult } from '../../src/shared/domain/campaigns.ts';
import { startTestCore } from '../support/core.ts';
import { createShop } from '../support/shop-builder.ts';

/**
 * 30 customers who bought once in February 2026 ("new" on 2026-03-01, the latest order day):
 * 20 agreed to e-mail marketing, 5 refused, 3 were never asked, 2 have no e-mail address
 * (one of them agreed to SMS). Plus 2 repeat customers and a prospect.
 */
function buildShop() {
  const shop = createShop();
  const ids: Record<string, number[]> = { consenting: [], refused: [], unknown: [], noEmail: [] };
  shop.batch(() => {
    for (let i = 0; i < 30; i += 1) {
      const group = i < 20 ? 'consenting' : i < 25 ? 'refused' : i < 28 ? 'unknown' : 'noEmail';
      const id = shop.customer({
        email: group === 'noEmail' ? null : `new${i}@example.com`,
        firstName: `Nina ${i}`,
        lastName: i === 0 ? 'Doe, "the first"' : 'Doe',
        phone: i === 28 ? '0912 345 678' : null,
        country: 'VN',
        acceptsEmail: group === 'consenting' ? true : group === 'refused' ? false : null,
        acceptsSms: i === 28 ? true : null,
      });
      ids[group].push(id);
      shop.order(id, `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`, { lines: [{ product: 'Green tea', price: 12 }] });
    }
    for (const n of [1, 2]) {
      const id = shop.customer({ email: `repeat${n}@example.com`, acceptsEmail: true });
      shop.order(id, '2026-01-05', { lines: [{ product: 'Green tea', price: 12 }] });
      shop.order(id, '2026-02-20', { lines: [{ product: 'Teapot', price: 40 }] });
    }
    shop.customer({ email: 'prospect@example.com', acceptsEmail: true, fromCustomersExport: true });
    shop.order(null, '2026-03-01', { total: 5 });
  });
  recompute(shop.db);
  shop.close();
  return { shop, ids };
}

describe('audience export through the core', () => {
  let core: ReturnType<typeof startTestCore>;
  let built: ReturnType<typeof buildShop>;
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const answer = await core.dispatch(name, input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.value as T;
  };

  beforeAll(() => {
    built = buildShop();
    core = startTestCore({ dbPath: built.shop.path });
  });
  afterAll(async () => {
    await core.dispose();
    built.shop.dispose();
  });

  it('previews who would be exported, who is left out and why, writing nothing', async () => {
    const preview = await call<AudiencePreview>('campaigns.preview', { audience: { kind: 'stage', stage: 'new' }, format: 'klaviyo' });
    // The holdout is drawn from the audience and the customer, so the preview knows it exactly.
    const holdout = built.ids.consenting.filter((id) => inHoldout(audienceSeed('stage', 'new'), id, 10)).length;
    expect(preview).toMatchObject({ audienceKind: 'stage', audienceKey: 'new', segmentTag: 'regulars-new', suggestedFileName: 'regulars-new-klaviyo.csv', channel: 'email', total: 30, eligible: 20, holdout, exported: 20 - holdout, includedWithoutConsent: 0 });
    expect(preview.leftOut).toEqual([
      { reason: 'not_subscribed', count: 5 },
      { reason: 'consent_unknown', count: 3 },
      { reason: 'missing_email', count: 2 },
    ]);
    expect(await call<CampaignRecord[]>('campaigns.list', {})).toEqual([]);
  });

  it('writes the file, keeps the holdout out of it, and records the campaign with every member', async () => {
    const path = join(core.dir, 'new-customers.csv');
    const result = await call<ExportResult>('campaigns.export', { audience: { kind: 'stage', stage: 'new' }, format: 'klaviyo', path, campaignDate: '2026-03-01' });
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Email', 'Phone Number', 'First Name', 'Last Name', 'City', 'Region', 'Country', 'Zip Code', 'Email Marketing Consent', 'Regulars Segment', 'Last Product']);
    expect(rows[1].slice(9)).toEqual(['regulars-new', 'Green tea']);
    expect(rows).toHaveLength(1 + result.exported);
    expect(result.exported + result.holdout).toBe(20);
    expect(rows.slice(1).every((row) => row[8] === 'Subscribed' && row[9] === 'regulars-new')).toBe(true);

    const expectedHoldout = built.ids.consenting.filter((id) => inHoldout(audienceSeed('stage', 'new'), id, 10));
    expect(result.holdout).toBe(expectedHoldout.length);
    const db = openDatabase(built.shop.path, { readonly: true });
    const members = db.prepare('SELECT customer_id, in_holdout FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id').all(result.campaignId) as { customer_id: number; in_holdout: number }[];
    db.close();
    expect(members.map((m) => m.customer_id)).toEqual(built.ids.consenting);
    expect(members.filter((m) => m.in_holdout).map((m) => m.customer_id)).toEqual(expectedHoldout);
    const inFile = new Set(rows.slice(1).map((row) => row[0]));
    for (const id of expectedHoldout) expect(inFile.has(`new${built.ids.consenting.indexOf(id)}@example.com`)).toBe(false);

    const [record] = await call<CampaignRecord[]>('campaigns.list', {});
    expect(record).toMatchObject({ id: result.campaignId, audienceKind: 'stage', audienceKey: 'new', format: 'klaviyo', campaignDate: '2026-03-01', holdoutPercent: 10, audienceSize: 30, exportedCount: result.exported, holdoutCount: result.holdout, leftOutCount: 10 });
    // Ten per cent of 20 is two on average; a draw can keep nobody out, and then nothing can be measured.
    const verdict = result.holdout > 0 ? 'too_early' : 'no_holdout';
    expect(record.lift.map((w) => w.verdict.code)).toEqual([verdict, verdict, verdict]);
  });

  it('including people without consent needs the explicit option, and they are counted', async () => {
    const path = join(core.dir, 'everyone.csv');
    const result = await call<ExportResult>('campaigns.export', { audience: { kind: 'stage', stage: 'new' }, format: 'mailchimp', path, includeUnsubscribed: true, holdoutPercent: 0, bom: true });
    expect(result).toMatchObject({ eligible: 28, exported: 28, holdout: 0, includedWithoutConsent: 8, leftOut: [{ reason: 'missing_email', count: 2 }] });
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toContain('new0@example.com,Nina 0,"Doe, ""the first""",,,,,VN,regulars-new\r\n');
  });

  it('exports an explicit selection for an ad platform with each identifier under its own consent', async () => {
    const path = join(core.dir, 'meta.csv');
    const selection = [built.ids.consenting[0], built.ids.noEmail[0], built.ids.refused[0]];
    const result = await call<ExportResult>('campaigns.export', { audience: { kind: 'customers', customerIds: selection, label: 'Tea lovers' }, format: 'meta', path, holdoutPercent: 0 });
    expect(result).toMatchObject({ audienceKind: 'customers', audienceKey: 'Tea lovers', segmentTag: 'regulars-tea-lovers', total: 3, exported: 2, leftOut: [{ reason: 'not_subscribed', count: 1 }] });
    // `value` is the model's predicted 12-month CLV (the recompute ran the model), else the net revenue so far.
    const db = openDatabase(built.shop.path, { readonly: true });
    const value = (id: number) => ((db.prepare('SELECT clv_12_cents FROM model_predictions WHERE customer_id = ?').pluck().get(id) as number | null | undefined) ?? 1200) / 100;
    const [v0, v28] = [value(selection[0]), value(selection[1])].map((v) => v.toFixed(2));
    db.close();
    expect(readFileSync(path, 'utf8')).toBe(`email,phone,fn,ln,ct,st,zip,country,value\r\nnew0@example.com,,nina 0,"doe, ""the first""",,,,vn,${v0}\r\n,+84912345678,nina 28,doe,,,,vn,${v28}\r\n`);
  });

  it('exports a suggestion\'s audience', async () => {
    const path = join(core.dir, 'suggestion.csv');
    const result = await call<ExportResult>('campaigns.export', { audience: { kind: 'suggestion', suggestionId: 'new_second_purchase' }, format: 'shopify', path, holdoutPercent: 0 });
    expect(result).toMatchObject({ audienceKind: 'suggestion', segmentTag: 'regulars-new-second-purchase', total: 30, exported: 20 });
    expect(readFileSync(path, 'utf8').split('\r\n')[1]).toBe('Nina 0,"Doe, ""the first""",new0@example.com,yes,,,regulars-new-second-purchase');
  });

  it('a path that cannot be written is a clear error, and nothing is recorded', async () => {
    const before = (await call<CampaignRecord[]>('campaigns.list', {})).length;
    const path = join(core.dir, 'no-such-folder', 'x.csv');
    await expect(call('campaigns.export', { audience: { kind: 'stage', stage: 'new' }, format: 'csv', path })).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining(path) });
    expect(existsSync(path)).toBe(false);
    expect(await call<CampaignRecord[]>('campaigns.list', {})).toHaveLength(before);
  });

  it('refuses unknown suggestions and formats the consent channel cannot serve', async () => {
    const path = join(core.dir, 'x.csv');
    await expect(call('campaigns.export', { audience: { kind: 'suggestion', suggestionId: 'free_money' }, format: 'csv', path })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('campaigns.preview', { audience: { kind: 'stage', stage: 'new' }, format: 'mailchimp', channel: 'sms' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('campaigns.preview', { audience: { kind: 'stage', stage: 'everyone' }, format: 'csv' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('measures the lift from orders imported after the campaign', async () => {
    const [first] = (await call<CampaignRecord[]>('campaigns.list', {})).filter((c) => c.audienceKey === 'new' && c.format === 'klaviyo');
    const db = openDatabase(built.shop.path);
    const members = db.prepare('SELECT customer_id FROM campaign_members WHERE campaign_id = ? AND in_holdout = 0 ORDER BY customer_id LIMIT 3').pluck().all(first.id) as number[];
    const importId = Number(db.prepare("INSERT INTO imports (file_name, content_hash, kind, started_at, finished_at, rows) VALUES ('later.csv', 'later', 'shopify_orders', '2026-05-10', '2026-05-10', 4)").run().lastInsertRowid);
    const insert = db.prepare(
      `INSERT INTO orders (match_key, platform, customer_id, created_at, created_ms, created_day, total_cents, is_purchase, net_cents, import_id)
       VALUES (?, 'shopify', ?, ?, 0, ?, 2500, 1, 2500, ?)`,
    );
    members.forEach((id, i) => insert.run(`later-${i}`, id, '2026-03-04T10:00:00Z', '2026-03-04', importId));
    insert.run('later-end', null, '2026-05-10T10:00:00Z', '2026-05-10', importId);
    db.close();
    const [after] = (await call<CampaignRecord[]>('campaigns.list', {})).filter((c) => c.id === first.id);
    const week = after.lift[0];
    expect(after.dataUntil).toBe('2026-05-10');
    expect(week).toMatchObject({ days: 7, complete: true, exported: { people: first.exportedCount, buyers: 3 }, holdout: { people: first.holdoutCount, buyers: 0 } });
    expect(week.exported.revenuePerPerson).toBeCloseTo((3 * 25) / first.exportedCount, 10);
    expect(week.verdict.code).not.toBe('too_early');
  });
});
