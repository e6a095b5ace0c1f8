import type { ParseArgsConfig } from 'node:util';
import type { RequestName, RequestInput, RequestResult } from '../../shared/api/index.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  /** Parsed options (`--db`, `--json` and the command's own). */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  io: CliIo;
  /** Calls a request through the same dispatch as the app; throws CliError with the core's message on failure. */
  call<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>>;
}

export interface CliCommand {
  name: string;
  usage: string;
  description: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** The command changes the database (import, export): it may create it. Other commands only read it, and refuse a missing one. */
  writes?: boolean;
  /** Returns the process exit status. */
  run(ctx: CliContext): Promise<number>;
}

/** An error the CLI prints as one line on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
