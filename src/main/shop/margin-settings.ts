import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { defaultMarginSettings, marginSettingLimits, type MarginSettings } from '../../shared/domain/economics.ts';

const KEY = 'margin';

const bounded = (name: keyof MarginSettings) => z.number().min(marginSettingLimits[name].min).max(marginSettingLimits[name].max).catch(defaultMarginSettings[name]);

const stored = z.object({
  goodsMargin: bounded('goodsMargin'),
  shippingCostPerOrder: bounded('shippingCostPerOrder'),
  paymentFeeRate: bounded('paymentFeeRate'),
  paymentFeeFixed: bounded('paymentFeeFixed'),
});

/** The margin settings, one JSON value in the `settings` table; bad or missing values read as defaults. */
export function readMarginSettings(db: Db): MarginSettings {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (raw === undefined) return { ...defaultMarginSettings };
  try {
    return stored.parse({ ...defaultMarginSettings, ...JSON.parse(raw) });
  } catch {
    return { ...defaultMarginSettings };
  }
}

/** Applies a change on the write connection (inside a job) and returns the new settings. */
export function writeMarginSettings(db: Db, change: Partial<MarginSettings>): MarginSettings {
  const next = stored.parse({ ...readMarginSettings(db), ...change });
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}
