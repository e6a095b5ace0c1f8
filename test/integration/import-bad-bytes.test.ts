import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { call, startTestCore } from '../support/core.ts';
import { realErrors, regulars } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import type { ImportWarning } from '../../src/shared/domain/imports.ts';

const HEADER = 'Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Id';

function row(number: number, email: string, billingName: Buffer | string): Buffer {
  const at = `2025-03-0${number % 9} 10:00:00 +0000`;
  return Buffer.concat([
    Buffer.from(`#${1000 + number},${email},paid,${at},EUR,20.00,0.00,0.00,20.00,${at},1,Mug,20.00,`),
    Buffer.isBuffer(billingName) ? billingName : Buffer.from(billingName),
    Buffer.from(`,${5_000_000 + number}\n`),
  ]);
}

describe('bytes that are not text: each is cleaned and said, never passed on silently', () => {
  const core = startTestCore({ inline: true });
  afterAll(() => core.dispose());

  it('removes NUL and control characters, replaces invalid UTF-8, cuts a 40,000-character name, with counts and line numbers', async () => {
    const path = join(core.dir, 'orders_export.csv');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`${HEADER}\n`),
        row(1, 'ana@example.com', 'Ana Müller'),
        row(2, 'nul@example.com', 'Nul\0 Byte\u0007r'),
        row(3, 'bad@example.com', Buffer.from([0x42, 0x61, 0xff, 0x64])),
        row(4, 'long@example.com', `Long ${'x'.repeat(40_000)}`),
        row(5, 'nul2@example.com', 'Two\0Nuls\0'),
      ]),
    );
    const { results } = await call(core, 'imports.run', { paths: [path] });
    expect(results).toHaveLength(1);
    const [result] = results;
    if (!result.ok) throw new Error(result.error.message);
    const byCode = Object.fromEntries(result.report.warnings.map((w: ImportWarning) => [w.code, { count: w.count, lines: w.lines }]));
    expect(byCode).toMatchObject({
      controlCharacters: { count: 2, lines: [3, 6] },
      invalidBytes: { count: 1, lines: [4] },
      longField: { count: 1, lines: [5] },
    });
    const messages = result.report.warnings.map((w: ImportWarning) => w.message).join('\n');
    expect(messages).toContain('cut to that length');
    expect(messages).toContain('10,000 characters');

    const db = new Database(core.dbPath, { readonly: true });
    const names = db.prepare('SELECT email, first_name, last_name FROM customers ORDER BY email').all() as { email: string; first_name: string | null; last_name: string | null }[];
    db.close();
    const full = Object.fromEntries(names.map((n) => [n.email, [n.first_name, n.last_name].filter(Boolean).join(' ')]));
    expect(full['nul@example.com']).toBe('Nul Byter');
    expect(full['nul2@example.com']).toBe('TwoNuls');
    expect(full['bad@example.com']).toBe('Ba\ufffdd');
    expect(full['long@example.com'].length).toBeLessThanOrEqual(10_000);
    expect(full['long@example.com'].length).toBeGreaterThan(9_000);
    expect(full['ana@example.com']).toBe('Ana Müller');
  });
});

describe('a file with a header line and no rows', () => {
  const temp = makeTempDir('regulars-header-only-');
  afterAll(() => temp.cleanup());

  it('says "No orders in FILE" (or customers), exits 1, and records and recomputes nothing', async () => {
    const dbPath = join(temp.dir, 'shop.db');
    const orders = join(temp.dir, 'orders_export.csv');
    writeFileSync(orders, Buffer.concat([Buffer.from(`${HEADER}\n`), row(1, 'ana@example.com', 'Ana')]));
    expect((await regulars(['import', orders, '--db', dbPath])).status).toBe(0);
    const state = () => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare('SELECT (SELECT count(*) FROM imports) AS imports, (SELECT count(*) FROM orders) AS orders, (SELECT json_group_array(json_object(\'day\', latest_order_day, \'import\', import_id)) FROM lifecycle_state) AS lifecycle').get();
      } finally {
        db.close();
      }
    };
    const before = state();

    const headerOnly = join(temp.dir, 'orders_export_2.csv');
    writeFileSync(headerOnly, `${HEADER}\r\n`);
    const customers = join(temp.dir, 'customers_export.csv');
    writeFileSync(customers, 'Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders\n');
    const run = await regulars(['import', headerOnly, customers, '--db', dbPath]);
    expect(run.status).toBe(1);
    expect(realErrors(run.stderr)).toEqual([
      `regulars import: No orders in orders_export_2.csv: it has a header line and no rows. Nothing was imported.`,
      `regulars import: No customers in customers_export.csv: it has a header line and no rows. Nothing was imported.`,
    ]);
    expect(state()).toEqual(before);
  }, 60_000);
});
