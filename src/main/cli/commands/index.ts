import type { CliCommand } from '../command.ts';
import { summaryCommand } from './summary.ts';

/** Every CLI command, by name. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [summaryCommand];
