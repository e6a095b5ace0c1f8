import { startTestHost } from './server.ts';

/** Run by hand: `npx node test/host/start.ts [path/to/regulars.db]`, then open the printed URL in a browser. */
const host = await startTestHost({ dbPath: process.argv[2] });
console.log(`Regulars test host: ${host.url}`);
console.log(`Database: ${host.core.dbPath}`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
