import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { defaultModelSettings, modelSettingLimits, type ModelSettings } from '../../../shared/domain/model.ts';

const KEY = 'model';

const bounded = (name: keyof ModelSettings) =>
  z.number().min(modelSettingLimits[name].min).max(modelSettingLimits[name].max).catch(defaultModelSettings[name]);

const stored = z.object({
  penalty: bounded('penalty'),
  monthlyDiscountRate: bounded('monthlyDiscountRate'),
  pAliveThreshold: bounded('pAliveThreshold'),
});

/** The model settings, one JSON value in the `settings` table; bad or missing values read as defaults. */
export function readModelSettings(db: Db): ModelSettings {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (raw === undefined) return { ...defaultModelSettings };
  try {
    return stored.parse({ ...defaultModelSettings, ...JSON.parse(raw) });
  } catch {
    return { ...defaultModelSettings };
  }
}

/** Applies a change on the write connection (inside a job) and returns the new settings. */
export function writeModelSettings(db: Db, change: Partial<ModelSettings>): ModelSettings {
  const next = stored.parse({ ...readModelSettings(db), ...change });
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}
