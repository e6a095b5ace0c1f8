import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDbPath } from '../../../src/main/db/location.ts';

describe('database location (same folder as Electron userData, computed without Electron)', () => {
  it('follows each OS convention', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(join('/cfg', 'Regulars'));
    expect(defaultUserDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Regulars'));
    expect(defaultUserDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Regulars'));
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Roaming', 'Regulars'));
  });

  it('lets REGULARS_DB override the default', () => {
    expect(resolveDbPath('/data/Regulars', {})).toBe(join('/data/Regulars', 'regulars.db'));
    expect(resolveDbPath('/data/Regulars', { REGULARS_DB: '/tmp/shop.db' })).toBe('/tmp/shop.db');
  });
});
