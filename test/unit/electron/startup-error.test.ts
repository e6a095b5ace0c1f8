import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core/create-core.ts';
import { createShellText, shellLanguage } from '../../../src/main/electron/shell-text.ts';
import { describeStartupError } from '../../../src/main/electron/startup-error.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('startup errors', () => {
  it('explains a database from a newer Regulars in the user language, and the file is left untouched', () => {
    const temp = makeTempDir();
    try {
      const dbPath = join(temp.dir, 'regulars.db');
      const db = new Database(dbPath);
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE future (x)');
      db.pragma('user_version = 999');
      db.close();
      const before = readFileSync(dbPath);
      let failure: unknown;
      try {
        createCore({ dbPath });
      } catch (error) {
        failure = error;
      }
      expect(failure).toMatchObject({ code: 'database_too_new' });
      expect(readFileSync(dbPath).equals(before)).toBe(true);

      const en = describeStartupError(failure, dbPath, createShellText('en'));
      expect(en.title).toBe('Regulars cannot open its database');
      expect(en.message).toContain('newer version of Regulars');
      expect(en.message).toContain('999');
      expect(en.message).toContain(dbPath);
      expect(describeStartupError(failure, dbPath, createShellText('zh')).message).toContain('更新版本');
    } finally {
      temp.cleanup();
    }
  });

  it('reports any other failure with its detail', () => {
    const { message } = describeStartupError(new Error('Migration 2 (engine) failed: disk full.'), '/data/regulars.db', createShellText('en'));
    expect(message).toContain('/data/regulars.db');
    expect(message).toContain('Migration 2 (engine) failed: disk full.');
  });

  it('uses the chosen language, else the OS locale', () => {
    expect(shellLanguage('ru', 'en-US')).toBe('ru');
    expect(shellLanguage(null, 'zh-Hans-CN')).toBe('zh');
    expect(shellLanguage(null, 'de-DE')).toBe('en');
    expect(createShellText('vi').t('menu.file')).toBe('Tệp');
  });
});
