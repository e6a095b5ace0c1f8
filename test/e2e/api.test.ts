import { describe, expect, it } from 'vitest';
import { setUpApp } from './support/app.ts';

const app = setUpApp();

describe('window.regulars through the test host', () => {
  it('answers a valid request with the same envelope as IPC', async () => {
    const { context, page } = await app.open();
    const envelope = await page.evaluate(() => window.regulars!.request('preferences.get', {}));
    expect(envelope).toEqual({ ok: true, value: await app.host.core.handlers['preferences.get']({}) });
    await context.close();
  });

  it('rejects invalid input with a clear error naming the field', async () => {
    const { context, page } = await app.open();
    const envelope = await page.evaluate(() => window.regulars!.request('preferences.set', { theme: 'purple' }));
    expect(envelope).toEqual(await app.host.core.dispatch('preferences.set', { theme: 'purple' }));
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('invalid_input');
      expect(envelope.error.message).toContain('theme');
      expect(envelope.error.details?.issues?.[0]?.path).toBe('theme');
    }
    await context.close();
  });

  it('refuses a request name the contract does not have', async () => {
    const { context, page } = await app.open();
    const envelope = await page.evaluate(() => window.regulars!.request('db.dropEverything', {}));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    await context.close();
  });
});
