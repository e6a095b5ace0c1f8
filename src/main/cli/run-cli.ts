import { parseArgs } from 'node:util';
import { resolveDbPath } from '../db/location.ts';
import { createCore, type Core } from '../core/create-core.ts';
import { CliError, type CliContext, type CliIo } from './command.ts';
import { commands } from './commands/index.ts';
import type { RequestName, RequestInput, RequestResult } from '../../shared/api/index.ts';

const commonOptions = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function usage(): string {
  return ['Usage: regulars <command> [options]', '', 'Commands:', ...commands.map((c) => `  ${c.usage}\n      ${c.description}`), '', 'The database is REGULARS_DB, or --db, or the app\'s own database in your user-data folder.'].join('\n');
}

/** Runs one CLI invocation and returns the exit status. Errors go to stderr as one readable line. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`regulars: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  let core: Core | null = null;
  try {
    const parsed = parseArgs({ args: rest, options: { ...commonOptions, ...command.options }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      io.out(`Usage: ${command.usage}\n${command.description}`);
      return 0;
    }
    const dbPath = (parsed.values.db as string | undefined) ?? resolveDbPath();
    const openCore = () => (core ??= createCore({ dbPath, readOnly: command.writes !== true }));
    const ctx: CliContext = {
      values: parsed.values as CliContext['values'],
      positionals: parsed.positionals,
      io,
      async call<N extends RequestName>(requestName: N, input: RequestInput<N>): Promise<RequestResult<N>> {
        const answer = await openCore().dispatch(requestName, input);
        if (!answer.ok) throw new CliError(answer.error.message);
        return answer.value as RequestResult<N>;
      },
    };
    return await command.run(ctx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`regulars ${name}: ${message}`);
    return error instanceof CliError ? error.exitCode : 1;
  } finally {
    if (core) await (core as Core).close();
  }
}
