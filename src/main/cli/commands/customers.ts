import { CliError, type CliCommand } from '../command.ts';
import { positiveInteger } from './model.ts';
import { CUSTOMER_SORT_FIELDS, RFM_SEGMENTS, STAGES, type CustomerSortField, type RfmSegment, type Stage } from '../../../shared/domain/lifecycle.ts';

function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new CliError(`--${option} must be one of ${allowed.join(', ')} (got "${String(value)}")`, 2);
  return value as T;
}

export const customersCommand: CliCommand = {
  name: 'customers',
  usage: 'regulars customers [--db <path>] [--stage <id>] [--segment <rfm segment>] [--search <text>] [--source <store>] [--sort <field>] [--asc] [--limit N] [--offset N] [--json]',
  description: `Customers with their lifecycle stage, RFM segment, metrics and (with --json) predictions: pAlive, expectedPurchases90d, predictedValue12m, nextOrderDate, each null with the reason (withheld) where withheld. Stages: ${STAGES.join(', ')}. Sort fields: ${CUSTOMER_SORT_FIELDS.join(', ')} (default netValue, descending).`,
  options: {
    stage: { type: 'string' },
    segment: { type: 'string' },
    search: { type: 'string' },
    source: { type: 'string', multiple: true },
    sort: { type: 'string' },
    asc: { type: 'boolean', default: false },
    limit: { type: 'string' },
    offset: { type: 'string' },
  },
  async run(ctx) {
    const stage = oneOf<Stage>(ctx.values.stage, STAGES, 'stage');
    const segment = oneOf<RfmSegment>(ctx.values.segment, RFM_SEGMENTS, 'segment');
    const sort = oneOf<CustomerSortField>(ctx.values.sort, CUSTOMER_SORT_FIELDS, 'sort') ?? 'netValue';
    const offsetText = ctx.values.offset as string | undefined;
    const offset = offsetText === undefined ? 0 : Number(offsetText);
    if (!Number.isInteger(offset) || offset < 0) throw new CliError(`--offset must be a whole number, 0 or more (got "${offsetText}")`, 2);
    const page = await ctx.call('lifecycle.customers', {
      offset,
      limit: positiveInteger(ctx.values.limit, 'limit') ?? 50,
      sort,
      direction: ctx.values.asc ? 'asc' : 'desc',
      ...(stage ? { stage: [stage] } : {}),
      ...(segment ? { segment: [segment] } : {}),
      ...(ctx.values.search ? { search: ctx.values.search as string } : {}),
      ...(ctx.values.source ? { source: ctx.values.source as string[] } : {}),
    });
    if (ctx.values.json) {
      const predictions = await ctx.call('model.rows', { customerIds: page.rows.map((row) => row.id) });
      const rows = page.rows.map((row, k) => {
        const { customerId: _id, ...prediction } = predictions[k];
        return { ...row, ...prediction };
      });
      ctx.io.out(JSON.stringify({ ...page, rows }, null, 2));
      return 0;
    }
    ctx.io.out(`${page.total} customers as of ${page.asOf ?? '-'}; showing ${page.rows.length} from ${page.offset + 1}`);
    for (const c of page.rows) {
      ctx.io.out(
        [String(c.id).padStart(7), (c.name ?? c.email ?? '-').slice(0, 28).padEnd(28), c.stage.padEnd(11), (c.segment ?? '-').padEnd(18), String(c.purchases).padStart(4), c.netValue.toFixed(2).padStart(11), c.lastPurchase ?? '-'].join('  '),
      );
    }
    return 0;
  },
};
