import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('never writes over the database, its working files or its copies, nor over a file it did not write unless --replace', async () => {
    const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const args = (out: string, ...more: string[]) => ['export', '--db', shop.path, '--audience', 'new', '--format', 'csv', '--out', out, '--holdout', '0', ...more];
    const before = digest(shop.path);
    const bak = `${shop.path}.before-restore.bak`;
    writeFileSync(bak, 'the copy kept before a restore');
    for (const target of [shop.path, `${shop.path}-wal`, bak]) {
      const run = await regulars(args(target, '--replace'));
      expect({ target, status: run.status }).toEqual({ target, status: 1 });
      expect(run.stderr).toContain(`${target} is the Regulars database, one of its working files or one of its backup copies: nothing is written over it.`);
    }
    expect(digest(shop.path)).toBe(before);
    expect(readFileSync(bak, 'utf8')).toBe('the copy kept before a restore');
    expect(existsSync(`${shop.path}-wal`)).toBe(false);

    const notes = join(shop.dir, 'notes.csv');
    writeFileSync(notes, 'my own notes\n');
    const refused = await regulars(args(notes));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${notes} already exists and is not a file Regulars wrote, so it was left as it is.`);
    expect(readFileSync(notes, 'utf8')).toBe('my own notes\n');
    expect((await regulars(args(notes, '--replace'))).status).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^Customer ID,Email,/);
    const again = await regulars(args(notes, '--bom'));
    expect(realErrors(again.stderr)).toEqual([]);
    expect(again.status).toBe(0);
  });
});
