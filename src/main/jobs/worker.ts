import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import { createJobExecutor } from './executor.ts';
import { prepareParserThread, SOURCE_PARSER_URL, stopParserThreads } from '../import/parallel/parse-in-worker.ts';
import type { ToExecutor } from './messages.ts';

/** Worker thread entry: owns the write connection and runs the long jobs off the UI's thread. */
const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');
const { dbPath, parserUrl } = workerData as { dbPath: string; parserUrl?: string };
const db = openDatabase(dbPath);
const parser = parserUrl === undefined ? SOURCE_PARSER_URL : new URL(parserUrl);
const executor = createJobExecutor(db, (message) => port.postMessage(message), parser);
void prepareParserThread(parser);

/**
 * Ends the thread by itself, which the runner's close waits for rather than terminating it: the jobs are
 * cancelled, the parser threads stopped and the database closed first. Terminating a thread inside a
 * SQLite call or while its own threads start can crash the whole process (WiseLibs/better-sqlite3#1507,
 * nodejs/node#56312).
 */
const stop = async (): Promise<void> => {
  await executor.stop();
  await stopParserThreads();
  db.close();
  port.close();
};

port.on('message', (message: ToExecutor) => {
  if (message.type === 'run') executor.run(message.jobId, message.name, message.input);
  else if (message.type === 'cancel') executor.cancel(message.jobId);
  else void stop();
});
