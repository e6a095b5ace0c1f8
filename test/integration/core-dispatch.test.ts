import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core.ts';

describe('core dispatch (the entry every front end uses)', () => {
  let core: ReturnType<typeof startTestCore>;
  beforeAll(() => {
    core = startTestCore();
  });
  afterAll(async () => {
    await core.dispose();
  });

  it('answers app.info on a fresh database', async () => {
    const answer = await core.dispatch('app.info', {});
    expect(answer).toMatchObject({ ok: true, value: { empty: true, schemaVersion: expect.any(Number) } });
  });

  it('refuses an unknown request by name', async () => {
    const answer = await core.dispatch('db.dropEverything', {});
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_request' }) });
  });

  it('refuses invalid input before any handler runs, naming the field', async () => {
    const answer = await core.dispatch('shop.summary', { asOf: '2024-02-30' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.details?.issues?.[0]?.path).toBe('asOf');
  });

  it('refuses unexpected fields (strict schemas)', async () => {
    const answer = await core.dispatch('app.info', { sql: 'DROP TABLE orders' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('stores preferences beside the database', async () => {
    await core.dispatch('preferences.set', { language: 'vi', theme: 'dark' });
    expect(await core.dispatch('preferences.get', {})).toEqual({ ok: true, value: { language: 'vi', theme: 'dark', currencyDisplay: 'symbol' } });
  });
});
