import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFuzzBench } from '../reliability/import-fuzz.ts';
import { loadImportRegressions, type ImportRegression } from '../reliability/regressions.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/**
 * Replays every importer fuzzing failure kept under test/regressions/import-fuzz. A `fixed` case
 * must import cleanly or be refused with a message naming the problem. An `open` case is a
 * reported bug still waiting for its fix: it is expected to fail, and this test tells you when it
 * stops failing so its status can become `fixed`.
 */
describe('importer fuzzing regressions', () => {
  const temp = makeTempDir('regulars-reliability-regressions-');
  afterAll(() => temp.cleanup());

  async function replay(regression: ImportRegression): Promise<void> {
    const dir = join(temp.dir, regression.id);
    mkdirSync(dir);
    const bench = await ImportFuzzBench.open(regression.importer, dir, regression);
    try {
      const result = await bench.run(regression.plan);
      expect(result.problem).toBeNull();
      expect(result.vague).toBeNull();
    } finally {
      await bench.close();
    }
  }

  const regressions = loadImportRegressions();
  it('has its cases in place', () => {
    expect(regressions.length).toBeGreaterThan(0);
  });
  for (const regression of regressions) {
    if (regression.status === 'fixed') it(`${regression.id} stays fixed`, () => replay(regression), 60_000);
    else it.fails(`${regression.id} (open: ${regression.found.slice(0, 80)}…)`, () => replay(regression), 60_000);
  }
});
