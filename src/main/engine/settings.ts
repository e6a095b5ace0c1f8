import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import type { LifecycleSettings, ThresholdName } from '../../shared/domain/lifecycle.ts';
import { isoDay } from '../../shared/api/schemas.ts';

const KEY = 'lifecycle';

const stored = z.object({
  overrides: z
    .object({
      window: z.number().int().optional(),
      atRisk: z.number().int().optional(),
      lapse: z.number().int().optional(),
      loyal: z.number().int().optional(),
    })
    .catch({}),
  atRiskMode: z.enum(['rules', 'model']).catch('rules'),
  asOf: isoDay.nullable().catch(null),
});

const defaults: LifecycleSettings = { overrides: {}, atRiskMode: 'rules', asOf: null };

/** The lifecycle settings, stored as one JSON value in the `settings` table; bad or missing values read as defaults. */
export function readLifecycleSettings(db: Db): LifecycleSettings {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (raw === undefined) return { ...defaults, overrides: {} };
  try {
    return stored.parse(JSON.parse(raw));
  } catch {
    return { ...defaults, overrides: {} };
  }
}

export interface LifecycleSettingsChange {
  /** A number sets the threshold, null resets it to the data-driven value. */
  overrides?: Partial<Record<ThresholdName, number | null>>;
  resetAll?: boolean;
  atRiskMode?: LifecycleSettings['atRiskMode'];
  /** A day, or null to follow the latest imported order day. */
  asOf?: string | null;
}

/** Applies a change on the write connection (inside a job) and returns the new settings. */
export function writeLifecycleSettings(db: Db, change: LifecycleSettingsChange): LifecycleSettings {
  const current = readLifecycleSettings(db);
  const overrides = change.resetAll ? {} : { ...current.overrides };
  for (const [name, value] of Object.entries(change.overrides ?? {}) as [ThresholdName, number | null][]) {
    if (value === null) delete overrides[name];
    else overrides[name] = value;
  }
  const next: LifecycleSettings = {
    overrides,
    atRiskMode: change.atRiskMode ?? current.atRiskMode,
    asOf: change.asOf === undefined ? current.asOf : change.asOf,
  };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}
