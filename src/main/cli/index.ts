import { runCli } from './run-cli.ts';

/** Command-line front end: the same core and requests as the app, printed for people or as JSON. */
const status = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = status;
