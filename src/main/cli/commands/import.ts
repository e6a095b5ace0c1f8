import { resolve } from 'node:path';
import { CliError, type CliCommand } from '../command.ts';
import { dateFormats, mappingFields, type ColumnMapping, type DateFormat, type ImportFileOptions, type ImportReport, type MappingField } from '../../../shared/domain/imports.ts';

/** Where a warning was seen: its count and first lines; a warning about the file as a whole has neither. */
function warningWhere(w: ImportReport['warnings'][number]): string {
  if (w.lines.length === 0) return w.count > 1 ? ` (${w.count} times)` : '';
  const more = w.count > w.lines.length ? ', ...' : '';
  return ` (${w.count}; line${w.lines.length > 1 ? 's' : ''} ${w.lines.join(', ')}${more})`;
}

function describe(report: ImportReport): string[] {
  const t = report.traffic;
  const lines = t
    ? [`${report.fileName}: ${report.kind}, ${report.rows} rows; ${t.periods} ${t.granularity === 'day' ? 'days' : 'months'} of sessions (${t.first} to ${t.last}), ${t.sessions} sessions; ${t.replaced} figures imported before replaced.`]
    : [
    `${report.fileName}: ${report.kind}, ${report.rows} rows; orders ${report.ordersAdded} added, ${report.ordersUpdated} updated, ${report.ordersUnchanged} unchanged; customers ${report.customersAdded} added, ${report.customersUpdated} updated.`,
      ];
  for (const w of report.warnings) lines.push(`  warning: ${w.message}${warningWhere(w)}`);
  const types = report.customerTypes;
  if (types) {
    lines.push(
      `  customer type: Regulars agrees with the export on ${types.agree} of ${types.compared} orders; ${types.exportReturningFoundNew} the export calls returning have no earlier purchase here, ${types.exportNewFoundReturning} it calls new follow one.`,
    );
  }
  return lines;
}

function parseMapping(entries: string[]): ColumnMapping | undefined {
  if (entries.length === 0) return undefined;
  const mapping: ColumnMapping = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const field = entry.slice(0, at).trim() as MappingField;
    if (at <= 0 || !mappingFields.includes(field)) throw new CliError(`--map expects field=Header with field one of ${mappingFields.join(', ')}; got "${entry}".`, 2);
    mapping[field] = entry.slice(at + 1).trim();
  }
  return mapping;
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'regulars import <file>... [--db <path>] [--json] [--date-format iso|ymd_compact|mdy|dmy] [--map field=Header]...',
  description: 'Imports Shopify orders or customers exports, any order CSV, or a traffic report (daily or monthly sessions), each file in its own transaction.',
  writes: true,
  options: { 'date-format': { type: 'string' }, map: { type: 'string', multiple: true } },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new CliError('name at least one file to import.', 2);
    const paths = ctx.positionals.map((p) => resolve(p));
    const dateFormat = ctx.values['date-format'] as string | undefined;
    if (dateFormat !== undefined && !dateFormats.includes(dateFormat as DateFormat)) throw new CliError(`--date-format must be one of ${dateFormats.join(', ')}.`, 2);
    const mapping = parseMapping((ctx.values.map as string[] | undefined) ?? []);
    const files: ImportFileOptions[] | undefined =
      dateFormat || mapping ? paths.map((path) => ({ path, ...(mapping ? { mapping } : {}), ...(dateFormat ? { dateFormat: dateFormat as DateFormat } : {}) })) : undefined;
    const { results } = await ctx.call('imports.run', files ? { paths, files } : { paths });
    const failed = results.filter((r) => !r.ok);
    if (ctx.values.json) ctx.io.out(JSON.stringify({ results }, null, 2));
    else for (const r of results) if (r.ok) for (const line of describe(r.report)) ctx.io.out(line);
    for (const r of failed) if (!r.ok) ctx.io.err(`regulars import: ${r.error.message}`);
    return failed.length > 0 ? 1 : 0;
  },
};
