import { afterAll, describe, expect, it } from 'vitest';
import { formatFailure } from '../reliability/check-result.ts';
import { crashDuringImports } from '../reliability/crash-trials.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('crash safety: SIGKILL during an import never leaves the data in between', () => {
  const temp = makeTempDir('regulars-reliability-crash-');
  afterAll(() => temp.cleanup());

  it('after each kill the file passes integrity_check, holds the state before or after the import, and the app opens it', async () => {
    const result = await crashDuringImports({ workDir: temp.dir, seed: 20_261_123, customers: 4000, kills: 8, reimports: 2 });
    console.info(`${result.check}: ${result.trials} kills; ${result.notes?.join('; ')}`);
    expect(result.failures.map(formatFailure)).toEqual([]);
    expect(result.dataLost).toBe(0);
  }, 120_000);
});
