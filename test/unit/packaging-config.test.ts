import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('packaging (electron-builder.json)', () => {
  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Regulars');
  });

  it('ships the built app and package.json, with the entry package.json points at', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(pkg.main).toBe('./out/main/index.js');
    // electron-builder is fetched when `npm run dist` runs (it needs the internet anyway), pinned to a major version.
    expect(pkg.scripts.dist).toBe('electron-vite build && npx --yes electron-builder@26 --config electron-builder.json');
  });

  it('keeps databases out of the bundle (the database lives in userData) and keeps user data on uninstall', () => {
    expect(config.files).toEqual(expect.arrayContaining(['!**/*.db', '!**/*.db-wal', '!**/*.db-shm']));
    expect(config.files.filter((pattern: string) => !pattern.startsWith('!') && /\.db\b|userData|regulars\.db/.test(pattern))).toEqual([]);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('packs into an asar with better-sqlite3 native module unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('uses a 512x512 PNG icon from resources/ on every platform', () => {
    for (const platform of ['linux', 'win', 'mac']) {
      const icon = join(root, config[platform].icon);
      expect(icon.startsWith(join(root, 'resources')), platform).toBe(true);
      expect(existsSync(icon), platform).toBe(true);
      const png = readFileSync(icon);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });

  it('flips the Electron fuses that close the Node back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never publishes anywhere (no network)', () => {
    expect(config.publish).toBeNull();
  });
});
