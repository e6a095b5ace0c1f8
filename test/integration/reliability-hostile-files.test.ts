import { afterAll, describe, expect, it } from 'vitest';
import { formatFailure } from '../reliability/check-result.ts';
import { hostileBackups, hostilePaths } from '../reliability/hostile-files.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('hostile backups and paths (small versions of the npm run soak trials)', () => {
  const temp = makeTempDir('regulars-reliability-hostile-');
  afterAll(() => temp.cleanup());

  it('refuses every kind of tampered backup naming the file, keeps the live data, and an import afterwards keeps every customer', async () => {
    const result = await hostileBackups({ workDir: temp.dir, seed: 16_2026, trials: 14 });
    console.info(`${result.check}: ${result.trials} trials; ${result.notes?.join('; ')}`);
    expect(result.failures.map(formatFailure)).toEqual([]);
    expect(result.dataLost).toBe(0);
  }, 180_000);

  it('refuses paths never chosen, chosen for something else, or that are the database, through the shell, writing nothing', async () => {
    const result = await hostilePaths({ workDir: `${temp.dir}`, seed: 16_2027, trials: 80 });
    console.info(`${result.check}: ${result.trials} trials; ${result.notes?.join('; ')}`);
    expect(result.failures.map(formatFailure)).toEqual([]);
    expect(result.dataLost).toBe(0);
  }, 180_000);
});
