import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ImportFuzzCase } from './import-fuzz.ts';

const FOLDER = fileURLToPath(new URL('../regressions/import-fuzz/', import.meta.url));

/** A fuzzing failure kept as a test: the case that rebuilds the file, and what went wrong. */
export interface ImportRegression extends ImportFuzzCase {
  id: string;
  /** What the fuzzer found, in words, with the message the user saw. */
  found: string;
  /** `open` until the importer is fixed; the replay then expects the case to pass. */
  status: 'open' | 'fixed';
  /** For an open case: text of the problem it still shows, so the replay notices when it changes. */
  stillFailsWith?: string;
}

export function loadImportRegressions(): ImportRegression[] {
  return readdirSync(FOLDER)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(FOLDER, f), 'utf8')) as Omit<ImportRegression, 'id'>) }));
}
