import { parentPort } from 'node:worker_threads';
import { toErrorShape } from '../../../shared/api/to-error-shape.ts';
import { parseFile } from './parse-file.ts';
import { waitForRoom, writerBehind, type FromParser, type ParserData } from './parser-channel.ts';

/**
 * Worker thread entry: says it is ready, waits for one file to read, and posts its records to the thread
 * that writes them. It can so be started before an import needs it.
 */
const port = parentPort;
if (!port) throw new Error('parser-worker.ts must run as a worker thread');
const post = (message: FromParser) => port.postMessage(message);

port.once('message', async ({ job, flow }: ParserData) => {
  const inFlight = new Int32Array(flow);
  try {
    const result = await parseFile(
      job,
      (batch) => {
        waitForRoom(inFlight);
        post({ type: 'batch', batch });
      },
      undefined,
      () => writerBehind(inFlight),
    );
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', error: toErrorShape(error) });
  }
});
post({ type: 'ready' });
