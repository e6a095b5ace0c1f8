import type { CurrencyDisplay, Language, Theme } from '../api/schemas.ts';

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
  /** True when the database holds no orders and no customers yet. */
  empty: boolean;
}

export interface Preferences {
  /** null: follow the operating system's language. */
  language: Language | null;
  theme: Theme;
  currencyDisplay: CurrencyDisplay;
}
