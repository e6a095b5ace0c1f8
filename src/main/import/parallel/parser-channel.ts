import type { ApiErrorShape } from '../../../shared/api/envelope.ts';
import type { ParseJob, ParsedBatch, ParseResult } from './parse-file.ts';

/** What the importing thread sends the parser thread. `flow` holds one Int32: batches sent and not yet written. */
export interface ParserData {
  job: ParseJob;
  flow: SharedArrayBuffer;
}

export type FromParser =
  | { type: 'ready' }
  | { type: 'batch'; batch: ParsedBatch }
  | { type: 'done'; result: ParseResult }
  | { type: 'failed'; error: ApiErrorShape };

/** How many batches may wait to be written: enough to keep both threads busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 4;

/** Parser side: blocks while the writer is MAX_IN_FLIGHT batches behind, then counts one more batch. */
export function waitForRoom(flow: Int32Array): void {
  for (let waiting = Atomics.load(flow, 0); waiting >= MAX_IN_FLIGHT; waiting = Atomics.load(flow, 0)) Atomics.wait(flow, 0, waiting, 1000);
  Atomics.add(flow, 0, 1);
}

/** Parser side: whether the writer has more than one batch waiting (it is the slower side for now). */
export function writerBehind(flow: Int32Array): boolean {
  return Atomics.load(flow, 0) >= 2;
}

/** Writer side: one batch written. */
export function batchWritten(flow: Int32Array): void {
  Atomics.sub(flow, 0, 1);
  Atomics.notify(flow, 0);
}
