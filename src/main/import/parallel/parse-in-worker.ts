import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/envelope.ts';
import type { ParseJob, ParsedBatch, ParseResult } from './parse-file.ts';
import { batchWritten, type FromParser, type ParserData } from './parser-channel.ts';

/** The parser thread's entry when the core runs from source (Node, the CLI, tests); the Electron build passes its bundled file. */
export const SOURCE_PARSER_URL = new URL('./parser-worker.ts', import.meta.url);

/**
 * The parser thread's young generation: it allocates fast and keeps little, and a small nursery kept a
 * 1 GB import's peak memory ~90 MB lower (360 MB instead of 450 MB), at no cost in speed.
 */
const PARSER_YOUNG_GENERATION_MB = 16;

interface Spare {
  worker: Worker;
  ready: Promise<void>;
}

/**
 * A parser thread started ahead of need, per entry file: starting a thread and loading its code takes
 * about a tenth of a second, which an import then does not wait for. It does not keep the process alive.
 */
const spares = new Map<string, Spare>();

/**
 * Entry files whose host keeps a parser thread ready (it called prepareParserThread: the app's job worker).
 * Only for them is another thread started once an import has read its file: the CLI, which imports once
 * and exits, would start one for nothing, on the core the rest of its import needs.
 */
const keptReady = new Set<string>();

function startParser(parserUrl: URL): Spare {
  const worker = new Worker(parserUrl, { resourceLimits: { maxYoungGenerationSizeMb: PARSER_YOUNG_GENERATION_MB } });
  worker.unref();
  const ready = new Promise<void>((resolve) => {
    worker.once('message', () => resolve());
    worker.once('exit', () => resolve());
  });
  // A spare that fails to start is dropped; the import that would have used it starts a thread of its own.
  worker.on('error', () => {});
  worker.once('exit', () => {
    if (spares.get(parserUrl.href)?.worker === worker) spares.delete(parserUrl.href);
  });
  return { worker, ready };
}

/**
 * Starts a parser thread for the next import, unless one is waiting already, and another after every
 * import that follows; resolves once it is ready.
 */
export function prepareParserThread(parserUrl: URL): Promise<void> {
  keptReady.add(parserUrl.href);
  let spare = spares.get(parserUrl.href);
  if (!spare) {
    spare = startParser(parserUrl);
    spares.set(parserUrl.href, spare);
  }
  return spare.ready;
}

/** The waiting parser thread, or a new one. */
function takeParserThread(parserUrl: URL): Spare {
  const spare = spares.get(parserUrl.href);
  spares.delete(parserUrl.href);
  if (spare && spare.worker.threadId !== -1) return spare;
  return startParser(parserUrl);
}

/**
 * Stops a parser thread once it has started: terminating a thread that is still loading its code can
 * crash the process (nodejs/node#56312).
 */
async function stopParser({ worker, ready }: Spare): Promise<void> {
  await ready;
  await worker.terminate();
}

/** Whether a parser thread of this entry file waits for the next import. */
export function hasReadyParserThread(parserUrl: URL): boolean {
  return spares.has(parserUrl.href);
}

/** Stops the waiting parser threads, and starts no more; the job worker calls it before it ends. */
export async function stopParserThreads(): Promise<void> {
  const waiting = [...spares.values()];
  spares.clear();
  keptReady.clear();
  await Promise.all(waiting.map(stopParser));
}

/**
 * Reads a file on a thread of its own while this thread writes: `onBatch` gets each chunk's records in
 * file order. Rejects with the file's error, or with the abort reason as soon as `signal` aborts (the
 * reader thread is stopped as soon as it has started). Once the file is read, a host that keeps a thread ready gets
 * one for the next import, started while this one finishes writing.
 */
export function parseInWorker(job: ParseJob, parserUrl: URL, signal: AbortSignal, onBatch: (batch: ParsedBatch) => void): Promise<ParseResult> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const flow = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const inFlight = new Int32Array(flow);
    const parser = takeParserThread(parserUrl);
    const { worker } = parser;
    worker.ref();
    worker.postMessage({ job, flow } satisfies ParserData);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      void stopParser(parser);
      outcome();
    };
    const onAbort = () => settle(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort);
    worker.on('message', (message: FromParser) => {
      if (settled) return;
      if (message.type === 'ready') return;
      if (message.type === 'batch') {
        try {
          onBatch(message.batch);
        } catch (error) {
          settle(() => reject(error));
          return;
        }
        batchWritten(inFlight);
      } else if (message.type === 'done') {
        settle(() => resolve(message.result));
        if (keptReady.has(parserUrl.href)) void prepareParserThread(parserUrl);
      } else {
        settle(() => reject(new AppError(message.error.code, message.error.message, message.error.details)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the file reader stopped early (exit code ${code})`))));
  });
}
