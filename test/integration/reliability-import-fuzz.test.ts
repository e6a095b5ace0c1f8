import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFailure } from '../reliability/check-result.ts';
import { EXPORT_KINDS } from '../reliability/export-bases.ts';
import { fuzzImporters } from '../reliability/import-fuzz.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('importer fuzzing: mutated exports never crash, hang or half-write', () => {
  const temp = makeTempDir('regulars-reliability-import-fuzz-');
  afterAll(() => temp.cleanup());

  it('imports each mutated file consistently or refuses it with a message naming the file, leaving the data as it was', async () => {
    for (const kind of EXPORT_KINDS) mkdirSync(join(temp.dir, kind));
    const result = await fuzzImporters({ workDir: temp.dir, seed: 8_2026, perImporter: 50, customers: 15, importers: EXPORT_KINDS });
    console.info(`${result.safety.check}: ${result.safety.trials} files; ${result.safety.notes?.join('; ')}`);
    console.info(`${result.messages.check}: ${result.messages.failures.length} of ${result.messages.trials} refusals did not name the problem (tracked in test/regressions/import-fuzz)`);
    expect(result.safety.failures.map(formatFailure)).toEqual([]);
    expect(result.safety.dataLost).toBe(0);
    // Every file with one thing wrong that was refused was refused in words that name that thing.
    expect(result.messages.trials).toBeGreaterThan(10);
    expect(result.messages.failures.map(formatFailure)).toEqual([]);
  }, 120_000);
});
