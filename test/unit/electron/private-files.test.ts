import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/create-core.ts';
import { resolveDbPath } from '../../../src/main/db/location.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('files the app writes are private to the user', () => {
  const temp = makeTempDir();
  const userData = join(temp.dir, 'config', 'Regulars');
  const dbPath = resolveDbPath(userData, {});
  let core: Core;

  beforeAll(async () => {
    core = createCore({ dbPath });
    await core.dispatch('preferences.set', { theme: 'dark' });
  });
  afterAll(async () => {
    await core.close();
    temp.cleanup();
  });

  it('puts the database in the user-data folder the shell passes', () => {
    expect(dbPath).toBe(join(userData, 'regulars.db'));
  });

  it('creates the user-data folder for the owner only', () => {
    expect(mode(userData) & 0o077).toBe(0);
  });

  it('creates the database and its WAL files readable by the owner only (0600)', () => {
    expect(mode(dbPath)).toBe(0o600);
    for (const suffix of ['-wal', '-shm']) {
      expect(existsSync(dbPath + suffix), suffix).toBe(true);
      expect(mode(dbPath + suffix), suffix).toBe(0o600);
    }
  });

  it('writes the preferences file 0600 too', () => {
    expect(mode(join(userData, 'preferences.json'))).toBe(0o600);
  });
});
