import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench`: every benchmark in this folder, one after another in its own process (so peak
 * memory figures are each benchmark's own), then a line per benchmark with its exit status.
 */
const folder = import.meta.dirname;
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
const results: { name: string; status: number | null; seconds: number }[] = [];
for (const name of benches) {
  process.stdout.write(`\n=== ${name}\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', join(folder, name)], { stdio: 'inherit' });
  results.push({ name, status: run.status, seconds: (performance.now() - started) / 1000 });
}
process.stdout.write('\n=== all benchmarks\n');
for (const r of results) process.stdout.write(`${r.name.padEnd(24)} ${r.status === 0 ? 'ok    ' : `FAILED (${r.status})`} ${r.seconds.toFixed(1)} s\n`);
process.exitCode = results.every((r) => r.status === 0) ? 0 : 1;
