import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { checkMigrationOrder, migrate, type Migration } from '../../../src/main/db/migrate.ts';
import { AppError } from '../../../src/shared/api/envelope.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const notes: Migration = { version: 1, name: 'notes', up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)') };
const tags: Migration = { version: 2, name: 'tags', up: (db) => db.exec('ALTER TABLE notes ADD COLUMN tag TEXT') };
const broken: Migration = {
  version: 3,
  name: 'broken',
  up: (db) => {
    db.exec('CREATE TABLE half_done (x INTEGER)');
    throw new Error('disk on fire');
  },
};

describe('migration runner', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  let n = 0;
  const freshPath = () => join(temp.dir, `db-${++n}.sqlite`);

  it('applies migrations in order and records the version in PRAGMA user_version', () => {
    const path = freshPath();
    const db = openDatabase(path);
    const result = migrate(db, [notes, tags], path);
    expect(result).toMatchObject({ from: 0, to: 2, applied: ['notes', 'tags'], backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.prepare("INSERT INTO notes (body, tag) VALUES ('hi', 'x')").run();
    db.close();
  });

  it('applies only what is new on a database that is already partly migrated, keeping its data', () => {
    const path = freshPath();
    let db = openDatabase(path);
    migrate(db, [notes], path);
    db.prepare("INSERT INTO notes (body) VALUES ('kept')").run();
    db.close();
    db = openDatabase(path);
    const result = migrate(db, [notes, tags], path);
    expect(result.applied).toEqual(['tags']);
    expect(result.backupPath).not.toBeNull();
    expect(existsSync(result.backupPath!)).toBe(true);
    expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept']);
    db.close();
  });

  it('does nothing when the database is current', () => {
    const path = freshPath();
    const db = openDatabase(path);
    migrate(db, [notes, tags], path);
    expect(migrate(db, [notes, tags], path)).toMatchObject({ applied: [], backupPath: null });
    db.close();
  });

  it('refuses out-of-order or gapped migration lists', () => {
    expect(() => checkMigrationOrder([tags, notes])).toThrow(/must be numbered 1, 2, 3/);
    expect(() => checkMigrationOrder([notes, { ...broken, version: 4 }])).toThrow(/version 4 but stands at position 2/);
    const path = freshPath();
    const db = openDatabase(path);
    expect(() => migrate(db, [tags, notes], path)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version without touching it', () => {
    const path = freshPath();
    const db = openDatabase(path);
    migrate(db, [notes, tags], path);
    const before = statSync(path).mtimeMs;
    let caught: unknown;
    try {
      migrate(db, [notes], path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database_too_new');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(statSync(path).mtimeMs).toBe(before);
    db.close();
  });

  it('rolls a failed migration back and restores the pre-migration copy', () => {
    const path = freshPath();
    let db = openDatabase(path);
    migrate(db, [notes], path);
    db.prepare("INSERT INTO notes (body) VALUES ('precious')").run();
    db.close();
    db = openDatabase(path);
    expect(() => migrate(db, [notes, tags, broken], path)).toThrow(/Migration 3 \(broken\) failed: disk on fire.*restored/);
    const reopened = openDatabase(path);
    expect(reopened.pragma('user_version', { simple: true })).toBe(1);
    expect(reopened.prepare('SELECT body FROM notes').pluck().all()).toEqual(['precious']);
    expect(reopened.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    reopened.close();
  });

  it('creates the database file readable by its owner only', () => {
    const path = freshPath();
    openDatabase(path).close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
