import type { JobContext } from '../job-contract/job-context.ts';
import type { ChannelLink, SpendEntry } from '../../shared/domain/economics.ts';
import { readSpendCsv } from './spend-csv.ts';
import { readCostsCsv } from './costs-csv.ts';
import { replaceChannelLinks, saveProductCosts, saveSpend } from './spend-store.ts';

/** The writes of the Spend page, run by the worker like every other write. */
export async function saveSpendJob(ctx: JobContext, input: { entries: SpendEntry[] }): Promise<void> {
  saveSpend(ctx.db, input.entries);
}

export async function importSpendJob(ctx: JobContext, input: { path: string }): Promise<number> {
  const entries = readSpendCsv(input.path);
  saveSpend(ctx.db, entries);
  return entries.length;
}

export async function saveChannelLinksJob(ctx: JobContext, input: { links: ChannelLink[] }): Promise<void> {
  replaceChannelLinks(ctx.db, input.links);
}

export async function importCostsJob(ctx: JobContext, input: { path: string }): Promise<number> {
  const costs = readCostsCsv(input.path);
  saveProductCosts(ctx.db, costs);
  return costs.length;
}
