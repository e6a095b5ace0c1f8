import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';
import { readModelSettings, writeModelSettings } from '../../../src/main/model/store/model-settings.ts';
import { defaultModelSettings } from '../../../src/shared/domain/model.ts';

function freshDb() {
  const db = openDatabase(':memory:');
  migrate(db, migrations, ':memory:');
  return db;
}

describe('model settings', () => {
  it('read as defaults until saved, then keep what was saved', () => {
    const db = freshDb();
    expect(readModelSettings(db)).toEqual(defaultModelSettings);
    writeModelSettings(db, { penalty: 0.2 });
    writeModelSettings(db, { monthlyDiscountRate: 0.02 });
    expect(readModelSettings(db)).toEqual({ penalty: 0.2, monthlyDiscountRate: 0.02, pAliveThreshold: 0.5 });
    db.close();
  });

  it('read a damaged or out-of-range stored value as its default, keeping the others', () => {
    const db = freshDb();
    db.prepare("INSERT INTO settings (key, value) VALUES ('model', ?)").run(JSON.stringify({ penalty: -4, monthlyDiscountRate: 0.03, pAliveThreshold: 'high' }));
    expect(readModelSettings(db)).toEqual({ penalty: 0.01, monthlyDiscountRate: 0.03, pAliveThreshold: 0.5 });
    db.prepare("UPDATE settings SET value = '{not json' WHERE key = 'model'").run();
    expect(readModelSettings(db)).toEqual(defaultModelSettings);
    db.close();
  });
});
