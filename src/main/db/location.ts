import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Regulars';
export const DB_FILE_NAME = 'regulars.db';

/**
 * The OS app-data folder Electron's `app.getPath('userData')` points at for this app,
 * computed without Electron so the CLI finds the same database.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}

/** `REGULARS_DB` wins; otherwise the database sits in the user-data folder. */
export function resolveDbPath(userDataDir: string = defaultUserDataDir(), env: NodeJS.ProcessEnv = process.env): string {
  return env.REGULARS_DB && env.REGULARS_DB.trim() !== '' ? env.REGULARS_DB : join(userDataDir, DB_FILE_NAME);
}
