import { afterAll, describe, expect, it } from 'vitest';
import { withTimeout } from '../reliability/check-result.ts';
import { readStoreState } from '../reliability/db-state.ts';
import { inputNaming, readingRequests, refusalText } from '../reliability/foreign-paths.ts';
import { DEVICE_PATHS } from '../reliability/hostile-inputs.ts';
import { startTestCore } from '../support/core.ts';

// Kept apart from the other path tests: a reader that does not check for a regular file reads a
// device forever, and a blocked worker can take the whole test file down with it.
describe('a device file is refused, not read forever', () => {
  const core = startTestCore();
  afterAll(() => withTimeout(core.dispose(), 5_000, 'closing the core').catch(() => undefined));

  const cases = readingRequests.flatMap((name) => DEVICE_PATHS.map((path) => [name, path] as const));
  it.each(cases)('%s refuses %s promptly and writes nothing', async (name, path) => {
    const before = readStoreState(core.dbPath);
    const answer = await withTimeout(core.dispatch(name, inputNaming(name, path)), 10_000, `${name} on ${path}`);
    const text = refusalText(answer);
    expect(text, JSON.stringify(answer).slice(0, 300)).not.toBeNull();
    expect(text).toContain(path.split('/').pop());
    expect(readStoreState(core.dbPath)).toEqual(before);
  }, 20_000);
});
