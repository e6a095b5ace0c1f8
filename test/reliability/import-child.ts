import { createCore } from '../../src/main/core/create-core.ts';

/**
 * The app's core in a process of its own, importing one file with jobs in a worker thread, so a
 * test can SIGKILL it at any moment: `node import-child.ts <db> <file>`. Prints `importing` when
 * the request is sent and the answer as JSON when it comes back.
 */
const [dbPath, filePath] = process.argv.slice(2);
const core = createCore({ dbPath, workerUrl: new URL('../../src/main/jobs/worker.ts', import.meta.url) });
process.stdout.write('importing\n');
const answer = await core.dispatch('imports.run', { paths: [filePath] });
process.stdout.write(`${JSON.stringify(answer)}\n`);
await core.close();
