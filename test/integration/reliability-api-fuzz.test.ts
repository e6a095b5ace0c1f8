import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzApi } from '../reliability/api-fuzz.ts';
import { formatFailure } from '../reliability/check-result.ts';
import { readStoreState } from '../reliability/db-state.ts';
import { inputNaming, readingRequests } from '../reliability/foreign-paths.ts';
import { FOREIGN_PATHS } from '../reliability/hostile-inputs.ts';
import { startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { ordersExportFor } from '../e2e/support/orders-csv.ts';
import { shellBridge } from '../support/shell-bridge.ts';

describe('API fuzzing: every request of the contract refuses hostile input', () => {
  const temp = makeTempDir('regulars-reliability-api-');
  afterAll(() => temp.cleanup());

  it('refuses invalid input with invalid_input before any handler runs, and never throws', async () => {
    const result = await fuzzApi({ workDir: temp.dir, seed: 20261123, runsPerRequest: 120 });
    console.info(`${result.check}: ${result.trials} trials; ${result.notes?.join('; ')}`);
    expect(result.failures.map(formatFailure)).toEqual([]);
    expect(result.dataLost).toBe(0);
  });

  it('answers an envelope even for a request name with no string form', async () => {
    const core = startTestCore({ inline: true });
    try {
      await expect(core.dispatch(Object.create(null), {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    } finally {
      await core.dispose();
    }
  });
});

describe('a path the user never chose is not read into the database', () => {
  const core = startTestCore();
  /** Requests from the window, through the shell's IPC handler, as the page sends them. */
  const { chosen, fromWindow } = shellBridge(core.dispatch);
  // A real orders export the core would import: only the user's choice is missing.
  const orders = ordersExportFor(core.dir);
  afterAll(() => core.dispose());

  it('covers every request that reads a file', () => {
    expect(readingRequests).toContain('imports.run');
  });

  const cases = readingRequests.flatMap((name) => [...FOREIGN_PATHS, orders].map((path) => [name, path] as const));
  it.each(cases)('%s refuses %s, naming it, because the user never chose it, and writes nothing', async (name, path) => {
    const before = readStoreState(core.dbPath);
    const filesBefore = readdirSync(core.dir).sort();
    const answer = await fromWindow(name, inputNaming(name, path));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { messageKey: 'app:dataErrors.readNotChosen', params: { path: path.slice(0, 200) } } } });
    expect(answer.ok ? '' : answer.error.message).toContain(`only reads files you chose for this in a dialog or dropped on the window; ${JSON.stringify(path.slice(0, 200))} was not`);
    expect(readStoreState(core.dbPath)).toEqual(before);
    expect(readdirSync(core.dir).sort()).toEqual(filesBefore);
  }, 30_000);

  it('refuses an unchosen file named only inside files[], and imports the same export once it is chosen', async () => {
    const decoy = join(core.dir, 'decoy.csv');
    copyFileSync(orders, decoy);
    chosen.remember([decoy], 'import');
    const before = readStoreState(core.dbPath);
    const nested = await fromWindow('imports.run', { paths: [decoy], files: [{ path: orders }] });
    expect(nested).toMatchObject({ ok: false, error: { details: { messageKey: 'app:dataErrors.readNotChosen', params: { path: orders } } } });
    expect(readStoreState(core.dbPath)).toEqual(before);

    chosen.remember([orders], 'import');
    const imported = await fromWindow('imports.run', { paths: [orders] });
    expect(imported).toMatchObject({ ok: true, value: { results: [{ ok: true }] } });
    expect(readStoreState(core.dbPath).counts.orders).toBeGreaterThan(before.counts.orders);
  }, 30_000);
});
