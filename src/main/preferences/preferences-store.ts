import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { currencyDisplay, language, theme } from '../../shared/api/schemas.ts';
import type { Preferences } from '../../shared/domain/app.ts';

const stored = z.object({ language: language.nullable().catch(null), theme: theme.catch('auto'), currencyDisplay: currencyDisplay.catch('symbol') });
const defaults: Preferences = { language: null, theme: 'auto', currencyDisplay: 'symbol' };

/**
 * The user's display preferences, in a small JSON file beside the database: they belong to the
 * person, not the shop data, so "delete all data" keeps them and a busy import never delays them.
 */
export class PreferencesStore {
  readonly #path: string;

  constructor(path: string) {
    this.#path = path;
  }

  get(): Preferences {
    try {
      return stored.parse(JSON.parse(readFileSync(this.#path, 'utf8')));
    } catch {
      return { ...defaults };
    }
  }

  update(change: Partial<Preferences>): Preferences {
    const next = { ...this.get(), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) } as Preferences;
    mkdirSync(dirname(this.#path), { recursive: true });
    const temp = `${this.#path}.tmp`;
    writeFileSync(temp, JSON.stringify(next, null, 2), { mode: 0o600 });
    renameSync(temp, this.#path);
    return next;
  }
}
