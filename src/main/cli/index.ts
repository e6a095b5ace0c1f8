import { enableCompileCache } from 'node:module';

/**
 * Node keeps the code of every module it has compiled (type-stripped TypeScript included) in a folder under
 * the OS temp dir, so every command after the first starts in about half the CPU time. The variable hands
 * that folder on to the import's parser thread. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
const cache = enableCompileCache();
if (cache.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
const { runCli } = await import('./run-cli.ts');

/** A reader that closed the pipe (`regulars customers | head`) wants no more output: stop writing, quietly. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

/** Command-line front end: the same core and requests as the app, printed for people or as JSON. */
const status = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = status;
