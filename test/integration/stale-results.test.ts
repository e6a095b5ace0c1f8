import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { call, startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeDegenerateShop, DEGENERATE_SHOPS } from '../fixtures/degenerate-shops.ts';
import { ENGINE_RESULTS_VERSION } from '../../src/main/engine/store/write-state.ts';

/**
 * A database whose stored results were computed with older definitions (an older Regulars) is
 * recomputed when it is opened, so the owner's old file shows the figures as defined now.
 */
describe('stored results of older definitions', () => {
  const temp = makeTempDir('stale-');
  const dbPath = join(temp.dir, 'shop.db');
  afterAll(() => temp.cleanup());

  it('are recomputed when the file is opened, and current ones are left alone', async () => {
    const paths = writeDegenerateShop(temp.dir, DEGENERATE_SHOPS['3 repeat buyers in 300']());
    const core = startTestCore({ inline: true, dbPath });
    await call(core, 'imports.run', { paths });
    const truth = await call(core, 'lifecycle.overview', {});
    await core.close();

    // An older version stored other figures: every customer new, and its own version number.
    const db = new Database(dbPath);
    db.prepare("UPDATE lifecycle_customers SET stage_rank = 1, rule_rank = 1").run();
    db.prepare('UPDATE lifecycle_state SET results_version = ?').run(ENGINE_RESULTS_VERSION - 1);
    const computedAt = db.prepare('SELECT computed_at FROM lifecycle_state').pluck().get();
    db.close();

    const reopened = startTestCore({ inline: true, dbPath });
    const after = await call(reopened, 'lifecycle.overview', {});
    expect(after.stages).toEqual(truth.stages);
    expect(after.computedAt).not.toBe(computedAt);
    await reopened.close();

    const check = new Database(dbPath, { readonly: true });
    expect(check.prepare('SELECT results_version FROM lifecycle_state').pluck().get()).toBe(ENGINE_RESULTS_VERSION);
    const recomputedAt = check.prepare('SELECT computed_at FROM lifecycle_state').pluck().get();
    check.close();
    const again = startTestCore({ inline: true, dbPath });
    expect((await call(again, 'lifecycle.overview', {})).computedAt).toBe(recomputedAt);
    await again.close();
  });
});
