import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFuzzBench } from '../reliability/import-fuzz.ts';
import { loadImportRegressions, type ImportRegression } from '../reliability/regressions.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/**
 * Replays every importer fuzzing failure kept under test/regressions/import-fuzz. A `fixed` case
 * must import cleanly or be refused with a message naming the problem. An `open` case is a
 * reported bug still waiting for its fix: the replay checks it still fails the recorded way, and
 * fails itself once the bug is gone, so the case can be marked `fixed`.
 */
describe('importer fuzzing regressions', () => {
  const temp = makeTempDir('regulars-reliability-regressions-');
  afterAll(() => temp.cleanup());

  /** The broken promise the case shows today, or null when it imports or is refused cleanly. */
  async function replay(regression: ImportRegression): Promise<string | null> {
    const dir = join(temp.dir, regression.id);
    mkdirSync(dir);
    let bench: ImportFuzzBench;
    try {
      bench = await ImportFuzzBench.open(regression.importer, dir, regression);
    } catch (error) {
      return (error as Error).message;
    }
    try {
      const result = await bench.run(regression.plan);
      return result.problem ?? result.vague;
    } finally {
      await bench.close();
    }
  }

  const regressions = loadImportRegressions();
  it('has its cases in place', () => {
    expect(regressions.length).toBeGreaterThan(0);
  });
  for (const regression of regressions) {
    if (regression.status === 'fixed') {
      it(`${regression.id} stays fixed`, async () => expect(await replay(regression)).toBeNull(), 60_000);
    } else {
      it(`${regression.id} is still open (reported; mark it fixed once this fails)`, async () => {
        expect(await replay(regression)).toContain(regression.stillFailsWith);
      }, 60_000);
    }
  }
});
