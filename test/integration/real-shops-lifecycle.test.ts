import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestCore } from '../support/core.ts';
import { rfmContradiction } from '../support/rfm-agreement.ts';
import type { CustomerRow } from '../../src/shared/domain/lifecycle.ts';

/**
 * Every real shop (test/fixtures/real-shops/) through the whole pipeline: its thresholds keep
 * window < at-risk < lapse, and no customer's RFM segment contradicts their stage, with the at-risk
 * rule of the time thresholds and of the purchase model alike.
 */
const SHOPS = new URL('../fixtures/real-shops/', import.meta.url);
const ordersFiles = readdirSync(SHOPS).filter((name) => name.endsWith('.csv') && !name.includes('customers_export'));
const customersExportOf = (file: string) => readdirSync(SHOPS).find((name) => name.includes('customers_export') && name.split('__')[0] === file.split('__')[0]);

async function everyCustomer(core: ReturnType<typeof startTestCore>): Promise<CustomerRow[]> {
  const rows: CustomerRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(core, 'lifecycle.customers', { offset, limit: 1000 });
    rows.push(...page.rows);
    if (page.rows.length < 1000) return rows;
  }
}

function contradictions(rows: CustomerRow[]): string[] {
  return rows.flatMap((row) => (row.segment ? [rfmContradiction(row.stage, row.segment, row.purchases)] : [])).filter((text) => text !== null);
}

describe.each(ordersFiles)('real shop %s: stages and RFM agree', (file) => {
  const core = startTestCore({ inline: true });
  beforeAll(async () => {
    const extra = customersExportOf(file);
    await call(core, 'imports.run', { paths: [new URL(file, SHOPS).pathname, ...(extra ? [new URL(extra, SHOPS).pathname] : [])] });
  }, 120_000);
  afterAll(() => core.dispose());

  it('keeps window < at-risk < lapse and states how long a reactivation lasts', async () => {
    const t = await call(core, 'lifecycle.thresholds', {});
    expect(t.window.value).toBeLessThan(t.atRisk.value);
    expect(t.atRisk.value).toBeLessThan(t.lapse.value);
    expect(t.derivation.reactivationDays).toBeLessThanOrEqual(Math.min(t.window.value, 90));
  });

  it('gives no customer a segment that contradicts their stage, with either at-risk rule', async () => {
    const rows = await everyCustomer(core);
    expect(rows.length).toBeGreaterThan(0);
    expect(contradictions(rows)).toEqual([]);
    await call(core, 'lifecycle.setSettings', { atRiskMode: 'model' });
    expect(contradictions(await everyCustomer(core))).toEqual([]);
  }, 120_000);
});
