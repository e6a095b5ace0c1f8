import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fuzzApi } from '../reliability/api-fuzz.ts';
import { formatFailure, type CheckResult } from '../reliability/check-result.ts';
import { crashDuringImports } from '../reliability/crash-trials.ts';
import { EXPORT_KINDS } from '../reliability/export-bases.ts';
import { fuzzImporters } from '../reliability/import-fuzz.ts';
import { hostileBackups, hostilePaths } from '../reliability/hostile-files.ts';
import { formatFigures, readsUnderLoad, twoImportsAtOnce } from '../reliability/load-check.ts';

/**
 * `npm run soak`: the deep versions of the reliability checks that run small in `npm test`.
 * Prints one row per check (trials, failures, data lost) and exits non-zero when any check
 * failed. `--scale 0.2` runs a fifth of the trials; `--only crash,import` picks checks.
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, only: { type: 'string' }, seed: { type: 'string', default: '20261123' } } });
const scale = Number(values.scale);
const seed = Number(values.seed);
const only = values.only?.split(',');
const root = fileURLToPath(new URL('../../', import.meta.url));
const n = (full: number) => Math.max(1, Math.round(full * scale));

const checks: { key: string; run(dir: string): Promise<CheckResult> }[] = [
  { key: 'api', run: (dir) => fuzzApi({ workDir: dir, seed, runsPerRequest: n(1000) }) },
  { key: 'migrations', run: async () => vitestCheck('Migrations (every earlier schema, failed migration, newer database)', 'test/integration/reliability-migrations.test.ts') },
  { key: 'crash', run: (dir) => crashDuringImports({ workDir: dir, seed, customers: 10_000, kills: n(50), reimports: n(50) }) },
  {
    key: 'import',
    run: async (dir) => {
      for (const kind of EXPORT_KINDS) mkdirSync(join(dir, kind));
      const result = await fuzzImporters({ workDir: dir, seed, perImporter: n(600), customers: 20, importers: EXPORT_KINDS });
      extraRows.push(result.messages);
      return result.safety;
    },
  },
  { key: 'load', run: (dir) => readsUnderLoad({ workDir: dir, seed, customers: n(10_000), boundMs: 200 }) },
  { key: 'queue', run: (dir) => queuedImports(dir, n(5)) },
  { key: 'backups', run: (dir) => hostileBackups({ workDir: dir, seed, trials: n(140) }) },
  { key: 'paths', run: (dir) => hostilePaths({ workDir: dir, seed, trials: n(2000) }) },
];
const extraRows: CheckResult[] = [];

async function queuedImports(dir: string, repeats: number): Promise<CheckResult> {
  const failures: CheckResult['failures'] = [];
  for (let i = 0; i < repeats; i++) {
    const workDir = join(dir, `round-${i}`);
    mkdirSync(workDir);
    const evidence = await twoImportsAtOnce({ workDir, seed: seed + i, customers: 3000 });
    const [a, b] = evidence.history;
    if (evidence.secondBeforeFirstFinished.join() !== 'queued') failures.push({ subject: `round ${i}`, seed: seed + i, problem: `second import's progress before the first finished: ${evidence.secondBeforeFirstFinished.join(', ')}` });
    if (!a || !b || a.finishedAt > b.startedAt) failures.push({ subject: `round ${i}`, seed: seed + i, problem: `history overlaps: ${JSON.stringify(evidence.history)}` });
  }
  return { check: 'Two imports at once are queued', trials: repeats, failures, dataLost: 0 };
}

/** Runs a Vitest file and turns its results into a row. */
function vitestCheck(check: string, file: string): CheckResult {
  const out = join(mkdtempSync(join(tmpdir(), 'regulars-soak-vitest-')), 'results.json');
  spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', file, '--reporter=json', `--outputFile=${out}`], { cwd: root, stdio: 'ignore' });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[] };
  const tests = report.testResults.flatMap((r) => r.assertionResults);
  const failed = tests.filter((t) => t.status === 'failed');
  return { check, trials: tests.length, failures: failed.map((t) => ({ subject: t.title, seed: 0, problem: t.failureMessages[0]?.split('\n')[0] ?? 'failed' })), dataLost: 0 };
}

const rows: CheckResult[] = [];
for (const check of checks.filter((c) => !only || only.includes(c.key))) {
  const dir = mkdtempSync(join(tmpdir(), `regulars-soak-${check.key}-`));
  const started = performance.now();
  process.stdout.write(`running ${check.key}... `);
  try {
    const result = await check.run(dir);
    rows.push(result, ...extraRows.splice(0));
    process.stdout.write(`${Math.round((performance.now() - started) / 1000)} s\n`);
  } catch (error) {
    rows.push({ check: check.key, trials: 0, failures: [{ subject: check.key, seed, problem: `the check itself failed: ${(error as Error).stack ?? String(error)}` }], dataLost: 0 });
    process.stdout.write('error\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header = ['check', 'trials', 'failures', 'data lost'];
const table = rows.map((r) => [r.check, String(r.trials), String(r.failures.length), String(r.dataLost)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\nRegulars soak (seed ${seed}, scale ${scale})\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
for (const r of rows) {
  if (r.notes?.length) console.log(`\n${r.check}:\n  ${r.notes.join('\n  ')}`);
  if (r.failures.length) console.log(`\n${r.check} failures:\n  ${r.failures.slice(0, 25).map(formatFailure).join('\n  ')}${r.failures.length > 25 ? `\n  ... and ${r.failures.length - 25} more` : ''}`);
}
const load = rows.find((r) => r.check.startsWith('UI reads')) as (CheckResult & { idle?: Parameters<typeof formatFigures>[0] }) | undefined;
if (load?.idle) console.log(`\nUI reads while idle (for comparison):\n  ${formatFigures(load.idle).join('\n  ')}`);
process.exitCode = rows.some((r) => r.failures.length > 0 || r.dataLost > 0) ? 1 : 0;
