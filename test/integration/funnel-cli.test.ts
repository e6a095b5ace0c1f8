import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realErrors, regulars } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import type { FunnelReport } from '../../src/shared/domain/funnel.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';

const SAMPLE = join(import.meta.dirname, '../../resources/sample');

/**
 * Per month, counted independently from the orders CSV by the rules of docs/counting.md: the month of each
 * customer's first order of any kind, of their first and second purchase occasion (a purchase that is not
 * cancelled, voided, expired or refunded, and not undone by a refund).
 */
function independentCounts(csv: string) {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const orders = new Map<string, Record<string, string>>();
  for (const row of rows) if (!orders.has(row.Name)) orders.set(row.Name, row);
  const byCustomer = new Map<string, { days: Set<string>; counted: Set<string> }>();
  for (const order of orders.values()) {
    const email = order.Email.trim().toLowerCase();
    const phone = [order.Phone, order['Billing Phone'], order['Shipping Phone']].find((p) => (p ?? '').trim() !== '')?.replace(/\D/g, '') ?? '';
    const key = email.includes('@') ? `e:${email}` : phone !== '' ? `p:${phone}` : null;
    if (key === null) continue;
    const day = order['Created at'].slice(0, 10);
    const total = Number(order.Total);
    const refunded = Number(order['Refunded Amount'] || 0);
    const purchase = order['Cancelled at'].trim() === '' && !['voided', 'expired', 'refunded'].includes(order['Financial Status'].trim().toLowerCase());
    const customer = byCustomer.get(key) ?? { days: new Set<string>(), counted: new Set<string>() };
    customer.days.add(day);
    if (purchase && !(refunded > 0 && total - refunded <= 0)) customer.counted.add(day);
    byCustomer.set(key, customer);
  }
  const months = { newProspects: new Map<string, number>(), firstPurchases: new Map<string, number>(), secondPurchases: new Map<string, number>(), orderedWithoutPurchase: 0 };
  const add = (map: Map<string, number>, day: string | undefined) => day && map.set(day.slice(0, 7), (map.get(day.slice(0, 7)) ?? 0) + 1);
  for (const customer of byCustomer.values()) {
    add(months.newProspects, [...customer.days].sort()[0]);
    const counted = [...customer.counted].sort();
    if (counted.length === 0) months.orderedWithoutPurchase += 1;
    add(months.firstPurchases, counted[0]);
    add(months.secondPurchases, counted[1]);
  }
  return months;
}

/** A Shopify-style daily sessions report from 2025-01-01 to 2026-10-31, with thousands separators. */
function sessionsReport(): { csv: string; byMonth: Map<string, number> } {
  const lines = ['Day,Online store sessions,Online store visitors,Sessions with cart additions,Sessions that reached checkout,Sessions that completed checkout'];
  const byMonth = new Map<string, number>();
  for (let t = Date.UTC(2025, 0, 1), k = 0; t <= Date.UTC(2026, 9, 31); t += 86_400_000, k += 1) {
    const day = new Date(t).toISOString().slice(0, 10);
    const sessions = 900 + ((k * 37) % 400);
    lines.push(`${day},"${sessions.toLocaleString('en-US')}",${sessions - 80},${Math.round(sessions / 9)},${Math.round(sessions / 20)},${Math.round(sessions / 45)}`);
    byMonth.set(day.slice(0, 7), (byMonth.get(day.slice(0, 7)) ?? 0) + sessions);
  }
  return { csv: `${lines.join('\n')}\n`, byMonth };
}

describe('CLI: npx regulars import sessions.csv, npx regulars funnel', () => {
  const temp = makeTempDir();
  const db = join(temp.dir, 'regulars.db');
  const sessions = join(temp.dir, 'sessions.csv');
  const report = sessionsReport();
  let funnel: FunnelReport;
  beforeAll(async () => {
    writeFileSync(sessions, report.csv);
    const run = await regulars(['import', '--db', db, join(SAMPLE, 'orders_export.csv'), join(SAMPLE, 'customers_export.csv'), sessions]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('sessions.csv: shopify_traffic, 669 rows; 669 days of sessions (2025-01-01 to 2026-10-31)');
    const json = await regulars(['funnel', '--db', db, '--from', '2025-01', '--to', '2026-10', '--json']);
    expect(json.status).toBe(0);
    funnel = JSON.parse(json.stdout) as FunnelReport;
  });
  afterAll(() => temp.cleanup());

  it('gives per month the sessions of the report and the same counts as an independent count over the orders file', () => {
    const expected = independentCounts(readFileSync(join(SAMPLE, 'orders_export.csv'), 'utf8'));
    expect(funnel.months).toHaveLength(22);
    for (const month of funnel.months) {
      expect({ month: month.month, sessions: month.sessions, newProspects: month.newProspects, firstPurchases: month.firstPurchases, secondPurchases: month.secondPurchases }).toEqual({
        month: month.month,
        sessions: report.byMonth.get(month.month),
        newProspects: expected.newProspects.get(month.month) ?? 0,
        firstPurchases: expected.firstPurchases.get(month.month) ?? 0,
        secondPurchases: expected.secondPurchases.get(month.month) ?? 0,
      });
      expect(month.rates.acquisition).toBeCloseTo(month.newProspects / (month.sessions as number), 12);
    }
    expect(funnel.period.sessions).toBe([...report.byMonth.values()].reduce((a, b) => a + b, 0));
    // Each month carries the rates of the same month a year earlier.
    for (const month of funnel.months.slice(12)) expect(month.yearEarlierRates).toEqual(funnel.months[funnel.months.indexOf(month) - 12].rates);
  });

  it('agrees with the lifecycle: prospects are the contacts who never ordered and those whose orders were no purchase; first purchases are the buyers', async () => {
    const summary = JSON.parse((await regulars(['summary', '--db', db, '--json'])).stdout) as ShopSummary & { stages: Record<string, number> };
    const expected = independentCounts(readFileSync(join(SAMPLE, 'orders_export.csv'), 'utf8'));
    expect(funnel.undatedProspects + expected.orderedWithoutPurchase).toBe(summary.prospects);
    const all = JSON.parse((await regulars(['funnel', '--db', db, '--from', '2023-11', '--to', '2026-10', '--json'])).stdout) as FunnelReport;
    expect(all.period.newProspects + all.undatedProspects).toBe(summary.customers + summary.prospects);
    // Buyers (a first purchase in the customer list) are everyone out of the prospect stage.
    expect(all.period.firstPurchases).toBe(summary.customers);
    expect(Object.values(summary.stages).reduce((a, b) => a + b, 0) - summary.stages.prospect).toBe(summary.customers);
  });

  it('re-importing an overlapping monthly report replaces those days, never adds to them', async () => {
    const monthly = join(temp.dir, 'monthly.csv');
    writeFileSync(monthly, 'Month,Sessions\n2026-09,1000\n2026-10,2000\n');
    const run = await regulars(['import', '--db', db, monthly]);
    expect(run.stdout).toContain('monthly.csv: traffic, 2 rows; 2 months of sessions (2026-09 to 2026-10), 3000 sessions; 61 figures imported before replaced.');
    const again = await regulars(['import', '--db', db, monthly]);
    expect(again.stdout).toContain('2 figures imported before replaced.');
    const after = JSON.parse((await regulars(['funnel', '--db', db, '--from', '2026-08', '--to', '2026-10', '--json'])).stdout) as FunnelReport;
    expect(after.months.map((m) => m.sessions)).toEqual([report.byMonth.get('2026-08'), 1000, 2000]);
  });

  it('stops a report with a bad cell, naming the file, line and column, and keeps what was there', async () => {
    const bad = join(temp.dir, 'bad-sessions.csv');
    writeFileSync(bad, 'Date,Sessions,Users\n2026-08-01,10,8\n2026-08-02,twelve,9\n');
    const run = await regulars(['import', '--db', db, bad]);
    expect(run.status).toBe(1);
    expect(realErrors(run.stderr)).toEqual(['regulars import: bad-sessions.csv line 3, column "Sessions": "twelve" is not a whole number of sessions or visitors']);
    const after = JSON.parse((await regulars(['funnel', '--db', db, '--from', '2026-08', '--to', '2026-08', '--json'])).stdout) as FunnelReport;
    expect(after.months[0].sessions).toBe(report.byMonth.get('2026-08'));
  });

  it('reads a report with other column names once they are mapped, and remembers the mapping', async () => {
    const german = join(temp.dir, 'besuche.csv');
    writeFileSync(german, 'Datum;Besuche;Seitenaufrufe\n01.07.2026;1.200;5000\n02.07.2026;1.300;5100\n13.07.2026;900;4000\n');
    const refused = await regulars(['import', '--db', db, german]);
    expect(refused.status).toBe(1);
    expect(realErrors(refused.stderr)[0]).toContain('besuche.csv: this is not an order or customer export');
    const mapped = await regulars(['import', '--db', db, german, '--map', 'date=Datum', '--map', 'sessions=Besuche', '--date-format', 'dmy']);
    expect(realErrors(mapped.stderr)).toEqual([]);
    expect(mapped.stdout).toContain('besuche.csv: traffic, 3 rows; 3 days of sessions (2026-07-01 to 2026-07-13), 3400 sessions; 3 figures imported before replaced.');
    const again = await regulars(['import', '--db', db, german]);
    expect(again.stdout).toContain('besuche.csv: traffic, 3 rows; 3 days of sessions');
  });

  it('reads a Google Analytics export past its comment lines', async () => {
    const ga = join(temp.dir, 'ga4.csv');
    writeFileSync(ga, '# ----------------------------------------\n# Sessions by date\n# Account: Tea shop\n# Start date: 20260801\n# End date: 20260802\n# ----------------------------------------\n\nDate,Sessions,Total users\n20260801,700,650\n20260802,800,720\n');
    const run = await regulars(['import', '--db', db, ga]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('ga4.csv: traffic, 2 rows; 2 days of sessions (2026-08-01 to 2026-08-02), 1500 sessions; 2 figures imported before replaced.');
  });

  it('sets targets and names the weakest stage in words', async () => {
    const run = await regulars(['funnel', '--db', db, '--from', '2026-01', '--to', '2026-06', '--target', 'retention=95', '--target', 'conversion=50']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('targets: conversion 50.0%, retention 95.0%.');
    expect(run.stdout).toMatch(/weakest stage: retention at \d+\.\d%, below its target of 95\.0%; campaign: new_second_purchase\./);
  });
});
