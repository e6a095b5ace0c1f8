import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzApi } from '../reliability/api-fuzz.ts';
import { formatFailure } from '../reliability/check-result.ts';
import { readStoreState } from '../reliability/db-state.ts';
import { inputNaming, readingRequests, refusalText } from '../reliability/foreign-paths.ts';
import { FOREIGN_PATHS } from '../reliability/hostile-inputs.ts';
import { startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

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
  afterAll(() => core.dispose());

  it('covers every request that reads a file', () => {
    expect(readingRequests).toContain('imports.run');
  });

  const cases = readingRequests.flatMap((name) => FOREIGN_PATHS.map((path) => [name, path] as const));
  it.each(cases)('%s refuses %s with a message naming it and writes nothing', async (name, path) => {
    const before = readStoreState(core.dbPath);
    const filesBefore = readdirSync(core.dir).sort();
    const answer = await core.dispatch(name, inputNaming(name, path));
    const text = refusalText(answer);
    expect(text, JSON.stringify(answer).slice(0, 300)).not.toBeNull();
    expect(text).toContain(basename(path) || path);
    expect(readStoreState(core.dbPath)).toEqual(before);
    expect(readdirSync(core.dir).sort()).toEqual(filesBefore);
  }, 30_000);
});
