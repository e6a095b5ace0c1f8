import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CliError, type CliCommand, type CliContext } from '../command.ts';
import type { WatchScan } from '../../../shared/domain/imports.ts';

/** How often the command looks at the folder when it keeps watching. */
const INTERVAL_MS = 3000;

function report(ctx: CliContext, scan: WatchScan): void {
  if (ctx.values.json) {
    ctx.io.out(JSON.stringify(scan, null, 2));
    return;
  }
  for (const file of scan.imported) {
    if (file.kind === 'spend') ctx.io.out(`Imported ${file.fileName}: ${file.spendRows} months of marketing spend.`);
    else {
      const r = file.report;
      ctx.io.out(`Imported ${file.fileName}: ${r.ordersAdded} new orders, ${r.ordersUpdated} updated, ${r.customersAdded} new customers.`);
    }
  }
  for (const file of scan.failed) ctx.io.err(`Not imported: ${file.error.message}`);
  for (const name of scan.waiting) ctx.io.out(`Still being written, taken at the next look: ${name}`);
}

/** `regulars watch DIR [--once]`: imports the new exports of a folder (docs/formats.md, "Watching a folder"). */
export const watchCommand: CliCommand = {
  name: 'watch',
  usage: 'regulars watch <folder> [--once] [--db <path>] [--json]',
  description:
    'Imports every new order, customers or spend export that appears in a folder (each content once, whatever its name; files still being written are waited for). --once imports what is new and exits; without it, keeps watching until stopped (Ctrl+C).',
  options: {
    once: { type: 'boolean', default: false },
  },
  writes: true,
  async run(ctx) {
    const folderArg = ctx.positionals[0];
    if (!folderArg) throw new CliError(`a folder is required.\nUsage: ${watchCommand.usage}`, 2);
    const folder = resolve(folderArg);
    if (ctx.values.once) {
      const scan = await ctx.call('watch.scan', { folder });
      report(ctx, scan);
      if (!ctx.values.json && scan.imported.length + scan.failed.length + scan.waiting.length === 0) ctx.io.out(`Nothing new in ${folder}.`);
      return scan.failed.length > 0 ? 1 : 0;
    }
    if (!ctx.values.json) ctx.io.out(`Watching ${folder} (Ctrl+C to stop).`);
    for (;;) {
      const scan = await ctx.call('watch.scan', { folder });
      if (scan.imported.length > 0 || scan.failed.length > 0 || (ctx.values.json && scan.waiting.length > 0)) report(ctx, scan);
      await sleep(INTERVAL_MS);
    }
  },
};
