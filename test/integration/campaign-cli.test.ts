import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realErrors, regulars } from '../support/run-cli.ts';
import { openDatabase } from '../../src/main/db/connection.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import type { ExportResult } from '../../src/shared/domain/campaigns.ts';
import { createShop } from '../support/shop-builder.ts';

/** Three new customers (bought once, recently): two agreed to e-mail marketing, one refused. */
function buildShop() {
  const shop = createShop();
  const people = [
    { email: 'Ana@Example.com', firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0123', country: 'US', acceptsEmail: true },
    { email: 'binh@example.vn', firstName: '=Bình', lastName: 'Nguyễn, Thị', phone: null, country: 'Vietnam', acceptsEmail: true },
    { email: 'carl@example.com', firstName: 'Carl', lastName: 'Smith', phone: null, country: 'GB', acceptsEmail: false },
  ];
  shop.batch(() => {
    people.forEach((person, i) => shop.order(shop.customer(person), `2026-03-0${i + 1}`, { total: 20 }));
  });
  recompute(shop.db);
  shop.close();
  return shop;
}

describe('CLI: npx regulars export', () => {
  let shop: ReturnType<typeof buildShop>;
  beforeAll(() => {
    shop = buildShop();
  });
  afterAll(() => shop.dispose());

  it('writes a Google Ads Customer Match file for a stage, leaving out who did not agree', async () => {
    const out = join(shop.dir, 'google.csv');
    const run = await regulars(['export', '--db', shop.path, '--audience', 'new', '--format', 'google', '--out', out, '--holdout', '0']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote 2 of 3 customers to ${out} (Google Ads Customer Match).`);
    expect(run.stdout).toContain('Left out: 1 — Did not agree to marketing');
    expect(readFileSync(out, 'utf8')).toBe(
      'Email,Phone,First Name,Last Name,Country,Zip\r\n' + 'ana@example.com,,Ana,Lopez,US,\r\n' + 'binh@example.vn,,\'=Bình,"Nguyễn, Thị",VN,\r\n',
    );
  });

  it('--include-unsubscribed, --bom, --holdout and --json: the campaign is recorded with its holdout', async () => {
    const out = join(shop.dir, 'klaviyo.csv');
    const run = await regulars(['export', '--db', shop.path, '--audience', 'new_second_purchase', '--format', 'klaviyo', '--out', out, '--holdout', '50', '--include-unsubscribed', '--bom', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ExportResult;
    expect(result).toMatchObject({ audienceKind: 'suggestion', total: 3, eligible: 3, includedWithoutConsent: 1, holdoutPercent: 50 });
    expect(result.exported + result.holdout).toBe(3);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')).toHaveLength(result.exported + 2);
    const db = openDatabase(shop.path, { readonly: true });
    const holdout = db.prepare('SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND in_holdout = 1').pluck().get(result.campaignId);
    db.close();
    expect(holdout).toBe(result.holdout);
  });

  it('refuses an unknown audience or format with a message and exit status 2, writing nothing', async () => {
    const out = join(shop.dir, 'nothing.csv');
    const audience = await regulars(['export', '--db', shop.path, '--audience', 'everyone', '--format', 'csv', '--out', out]);
    expect(audience.status).toBe(2);
    expect(audience.stderr).toContain('unknown audience "everyone"');
    const format = await regulars(['export', '--db', shop.path, '--audience', 'rfm:at_risk', '--format', 'excel', '--out', out]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "excel"');
    expect(existsSync(out)).toBe(false);
  });
});
