import { parentPort, workerData } from 'node:worker_threads';
import { toErrorShape } from '../../core/to-error-shape.ts';
import { parseFile } from './parse-file.ts';
import { waitForRoom, type FromParser, type ParserData } from './parser-channel.ts';

/** Worker thread entry: reads one file and posts its records to the thread that writes them. */
const port = parentPort;
if (!port) throw new Error('parser-worker.ts must run as a worker thread');
const { job, flow } = workerData as ParserData;
const inFlight = new Int32Array(flow);
const post = (message: FromParser) => port.postMessage(message);

try {
  const result = await parseFile(job, (batch) => {
    waitForRoom(inFlight);
    post({ type: 'batch', batch });
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'failed', error: toErrorShape(error) });
}
