import { CliError, type CliCommand } from '../command.ts';
import { FUNNEL_RATES, RATE_PARTS, type FunnelFigures, type FunnelRate, type FunnelReport } from '../../../shared/domain/funnel.ts';

const month = (value: unknown, option: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new CliError(`--${option} must be a month as YYYY-MM (got "${String(value)}")`, 2);
  return value;
};

/** `--target retention=30` (percent) sets a target; `--target retention=none` removes it. */
function parseTargets(entries: string[]): Partial<Record<FunnelRate, number | null>> | null {
  if (entries.length === 0) return null;
  const targets: Partial<Record<FunnelRate, number | null>> = {};
  for (const entry of entries) {
    const [rate, value = ''] = entry.split('=');
    const percent = Number(value);
    if (!FUNNEL_RATES.includes(rate as FunnelRate) || (value !== 'none' && !(percent > 0 && percent <= 1000))) {
      throw new CliError(`--target expects rate=percent (or rate=none) with rate one of ${FUNNEL_RATES.join(', ')}; got "${entry}".`, 2);
    }
    targets[rate as FunnelRate] = value === 'none' ? null : percent / 100;
  }
  return targets;
}

const pct = (value: number | null | undefined) => (value === null || value === undefined ? '-' : `${(value * 100).toFixed(1)}%`);
const count = (value: number | null) => (value === null ? '-' : String(value));
const COLUMNS = ['sessions', 'newProspects', 'firstPurchases', 'secondPurchases', 'newLoyal', 'wonBack', 'lapsed'] as const;

function row(label: string, figures: FunnelFigures): string {
  return `${label.padEnd(17)}${COLUMNS.map((c) => count(figures[c]).padStart(10)).join('')}${FUNNEL_RATES.map((r) => pct(figures.rates[r]).padStart(12)).join('')}`;
}

function describe(report: FunnelReport): string[] {
  const lines = [`${'month'.padEnd(17)}${['sessions', 'prospects', 'first', 'second', 'loyal', 'won back', 'lapsed'].map((h) => h.padStart(10)).join('')}${FUNNEL_RATES.map((r) => r.padStart(12)).join('')}`];
  for (const m of report.months) lines.push(row(m.month, m));
  lines.push('');
  lines.push(row(`${report.period.from}..${report.period.to}`.slice(0, 16), report.period));
  lines.push(row('previous period', report.previous));
  lines.push(row('a year earlier', report.yearEarlier));
  lines.push('');
  lines.push(`rates: ${FUNNEL_RATES.map((r) => `${r} = ${RATE_PARTS[r].of} / ${RATE_PARTS[r].per}`).join('; ')} (docs/funnel.md).`);
  const targets = FUNNEL_RATES.filter((r) => report.targets[r] !== undefined);
  if (targets.length > 0) lines.push(`targets: ${targets.map((r) => `${r} ${pct(report.targets[r])}`).join(', ')}.`);
  const w = report.weakest;
  if (w) {
    const why = w.reason === 'belowTarget' ? `below its target of ${pct(w.reference)}` : `down from ${pct(w.reference)} in the previous period`;
    lines.push(`weakest stage: ${w.rate} at ${pct(w.value)}, ${why}; ${w.campaign ? `campaign: ${w.campaign}.` : 'a sign-up offer on the shop pages turns more visits into prospects.'}`);
  } else if (targets.length === 0 && FUNNEL_RATES.every((r) => report.previous.rates[r] === null)) {
    lines.push('weakest stage: no target set yet, and the previous period has no figures to compare with; set targets with --target rate=percent.');
  } else {
    lines.push('weakest stage: none below its target or fallen since the previous period.');
  }
  if (!report.traffic) lines.push('no traffic report imported: the funnel starts at new prospects. Export sessions by day from the shop (Shopify: Analytics > Reports > Sessions over time) and run `regulars import sessions.csv`.');
  else lines.push(`traffic reports: ${report.traffic.firstDay} to ${report.traffic.lastDay}, ${report.traffic.sessions} sessions.`);
  return lines;
}

export const funnelCommand: CliCommand = {
  name: 'funnel',
  usage: 'regulars funnel [--from YYYY-MM] [--to YYYY-MM] [--target rate=percent]... [--db <path>] [--json]',
  description: 'The lifecycle funnel per month: sessions, new prospects, first and second purchases, newly loyal, won back, and the rate between each stage (docs/funnel.md).',
  options: { from: { type: 'string' }, to: { type: 'string' }, target: { type: 'string', multiple: true } },
  writes: ({ values }) => values.target !== undefined,
  async run(ctx) {
    const targets = parseTargets((ctx.values.target as string[] | undefined) ?? []);
    const from = month(ctx.values.from, 'from');
    const to = month(ctx.values.to, 'to');
    if (targets) await ctx.call('funnel.saveTargets', { targets });
    const report = await ctx.call('funnel.report', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
    if (ctx.values.json) ctx.io.out(JSON.stringify(report, null, 2));
    else for (const line of describe(report)) ctx.io.out(line);
    return 0;
  },
};
