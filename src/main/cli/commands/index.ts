import type { CliCommand } from '../command.ts';
import { summaryCommand } from './summary.ts';
import { importCommand } from './import.ts';
import { economicsCommand } from './economics.ts';
import { exportCommand } from './export.ts';
import { modelCommand } from './model.ts';
import { backtestCommand } from './backtest.ts';
import { customersCommand } from './customers.ts';
import { journeysCommand } from './journeys.ts';
import { spendCommand } from './spend.ts';
import { costsCommand } from './costs.ts';
import { segmentCommand, segmentsCommand } from './segment.ts';
import { watchCommand } from './watch.ts';
import { funnelCommand } from './funnel.ts';

/** Every CLI command, by name. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [
  importCommand,
  summaryCommand,
  economicsCommand,
  exportCommand,
  modelCommand,
  backtestCommand,
  customersCommand,
  journeysCommand,
  spendCommand,
  costsCommand,
  segmentCommand,
  segmentsCommand,
  watchCommand,
  funnelCommand,
];
