import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { cliJson } from './cli-json.ts';
import { call, startTestCore } from './core.ts';
import { rfmContradiction } from './rfm-agreement.ts';
import { COHORT_DIMENSIONS, STAGES, type CustomerRow, type Stage } from '../../src/shared/domain/lifecycle.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';
import type { StageTransitions } from '../../src/shared/domain/lifecycle.ts';

/** `summary --json` as the CLI prints it. */
export type CliSummary = ShopSummary & { stages: Record<Stage, number> };

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every place in a value where a number is not finite or a text is no date, a placeholder or "undefined" (path: what). */
export function untruths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}/.test(value) && Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))) return [`${path}: "${value}" is no date`];
    return /\{\{|\bundefined\b|\bNaN\b|Invalid Date/.test(value) ? [`${path}: "${value}"`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => untruths(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => untruths(item, `${path}.${key}`));
  return [];
}

async function cli<T>(args: string[]): Promise<T> {
  const run = await cliJson<T>(args);
  expect(run.err, `regulars ${args.join(' ')}`).toBe('');
  expect(run.status, `regulars ${args.join(' ')}`).toBe(0);
  return run.json;
}

const nonProspects = (stages: Record<Stage, number>) => STAGES.filter((s) => s !== 'prospect').reduce((sum, s) => sum + stages[s], 0);

/** People with any order by the end of a day: everyone a view of that day may count (buyers and prospects). */
function peopleSeenBy(dbPath: string, day: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare('SELECT count(DISTINCT coalesce(c.merged_into, c.id)) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_day <= ?')
      .pluck()
      .get(day) as number;
  } finally {
    db.close();
  }
}

/**
 * Checks, through the real CLI and the real core, that an imported shop's figures are finite and agree
 * with each other (issue 14, "Done when"): customers are the non-prospect stages, prospects the prospect
 * stage, gross − cancelled − refunds = net; journeys' rows and columns are the as-of summaries of their
 * two days; a past day counts nobody not seen by then; no RFM segment contradicts its stage; summary,
 * model, customers, journeys, economics, suggestions and an export all answer.
 */
export async function expectTruthfulShop(dbPath: string, outDir: string): Promise<CliSummary> {
  const db = ['--db', dbPath];
  const summary = await cli<CliSummary>(['summary', ...db]);
  expect(summary.customers, 'customers = the non-prospect stages').toBe(nonProspects(summary.stages));
  expect(summary.prospects, 'prospects = the prospect stage').toBe(summary.stages.prospect);
  expect(Math.round((summary.grossSales - summary.cancelledSales - summary.refunds) * 100), 'gross − cancelled − refunds = net').toBe(Math.round(summary.netSales * 100));
  expect(untruths(summary)).toEqual([]);

  await cli(['model', ...db]);
  await cli(['economics', ...db]);
  await cli(['customers', ...db, '--limit', '5']);
  for (const audience of ['new', STAGES.reduce((a, b) => (summary.stages[b] > summary.stages[a] ? b : a))]) {
    await cli(['export', ...db, '--audience', audience, '--format', 'csv', '--out', join(outDir, `${audience}.csv`)]);
  }

  // One ruler for the past: the journeys between two days add up to the summaries as of those days.
  const core = startTestCore({ inline: true, dbPath });
  try {
    const overview = await call(core, 'lifecycle.overview', {});
    expect(overview.asOf, 'the current view has an as-of day').not.toBeNull();
    const last = overview.asOf!;
    const first = summary.firstOrderAt ? summary.firstOrderAt.slice(0, 10) : last;
    const firstMs = Date.parse(`${first}T00:00:00Z`);
    const lastMs = Date.parse(`${last}T00:00:00Z`);
    const days = [...new Set([first, isoDay(firstMs + Math.floor((lastMs - firstMs) / DAY_MS / 2) * DAY_MS), isoDay(lastMs - DAY_MS), last])].filter((d) => d >= first && d <= last).sort();
    const asOf = new Map<string, CliSummary>();
    for (const day of days) {
      const then = await cli<CliSummary>(['summary', ...db, '--as-of', day]);
      expect(then.customers, `customers as of ${day}`).toBe(nonProspects(then.stages));
      expect(then.prospects, `prospects as of ${day}`).toBe(then.stages.prospect);
      if (day < last) expect(then.customers + then.prospects, `people counted as of ${day} were seen by then`).toBeLessThanOrEqual(peopleSeenBy(dbPath, day));
      asOf.set(day, then);
    }
    for (let i = 0; i < days.length; i += 1) {
      for (let j = i; j < days.length; j += 1) {
        const t = await cli<StageTransitions>(['journeys', ...db, '--from', days[i], '--to', days[j]]);
        const rows = Object.fromEntries(STAGES.map((s, k) => [s, t.matrix[k].reduce((a, b) => a + b, 0)]));
        const columns = Object.fromEntries(STAGES.map((s, k) => [s, t.matrix.reduce((a, row) => a + row[k], 0) + t.entered[s]]));
        expect(rows, `journeys ${days[i]} → ${days[j]}: rows = summary as of ${days[i]}`).toEqual(asOf.get(days[i])!.stages);
        expect(columns, `journeys ${days[i]} → ${days[j]}: columns + entered = summary as of ${days[j]}`).toEqual(asOf.get(days[j])!.stages);
      }
    }

    // Every figure leaving the core is finite, every date a date, every text filled in.
    const answers: unknown[] = [
      overview,
      await call(core, 'shop.summary', {}),
      await call(core, 'lifecycle.stageHistory', { granularity: 'week' }),
      await call(core, 'lifecycle.stageHistory', { granularity: 'month' }),
      await call(core, 'lifecycle.journeyStats', {}),
      await call(core, 'lifecycle.rfm', {}),
      await call(core, 'lifecycle.timing', {}),
      await call(core, 'lifecycle.firstProducts', {}),
      await call(core, 'lifecycle.thresholds', {}),
      await call(core, 'lifecycle.kpisSinceImport', {}),
      await call(core, 'lifecycle.changes', {}),
      await call(core, 'model.summary', {}),
      await call(core, 'model.predictedRevenue', {}),
      await call(core, 'economics.report', {}),
      await call(core, 'campaigns.suggestions', {}),
    ];
    for (const dimension of COHORT_DIMENSIONS) answers.push(await call(core, 'lifecycle.cohorts', { dimension }));
    const rows: CustomerRow[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await call(core, 'lifecycle.customers', { offset, limit: 1000 });
      rows.push(...page.rows);
      if (page.rows.length < 1000) break;
    }
    answers.push(rows);
    for (const row of rows.slice(0, 3)) {
      answers.push(await call(core, 'lifecycle.customer', { id: row.id }));
      answers.push(await call(core, 'model.customer', { customerId: row.id }));
    }
    // An as-of day chosen in Settings: the shop's figures follow the current view's day.
    if (days.length > 1) {
      await call(core, 'lifecycle.setSettings', { asOf: days[0] });
      const chosen = await call(core, 'lifecycle.overview', {});
      const figures = await call(core, 'shop.summary', {});
      expect(figures.customers, `customers with the as-of day ${days[0]} chosen`).toBe(chosen.buyers);
      expect(figures.prospects).toBe(chosen.stages.find((stage) => stage.stage === 'prospect')!.customers);
      expect(figures.customers).toBe(asOf.get(days[0])!.customers);
      await call(core, 'lifecycle.setSettings', { asOf: null });
    }

    // With marketing spend too: CAC, payback and LTV:CAC stay finite, or are withheld, whatever the shop.
    const spend = join(outDir, 'spend.csv');
    writeFileSync(spend, `month,channel,spend\n${first.slice(0, 7)},Ads,100\n${last.slice(0, 7)},Ads,250\n`);
    await call(core, 'economics.importSpend', { path: spend });
    answers.push(await call(core, 'economics.report', {}));
    expect(untruths(answers)).toEqual([]);
    expect(rows.length, 'the customer list holds every buyer and prospect').toBe(summary.customers + summary.prospects);
    const contradictions = rows.flatMap((row) => (row.segment ? [rfmContradiction(row.stage, row.segment, row.purchases)] : [])).filter((text) => text !== null);
    expect(contradictions).toEqual([]);
  } finally {
    await core.close();
  }
  return summary;
}
