import { resolve } from 'node:path';

/**
 * The files the user pointed at in this session, through an open/save dialog or by dropping
 * them on the window. Only the shell adds to it (dialogs run in the main process; a drop's
 * path comes from the preload's webUtils.getPathForFile on a real File), so a compromised
 * page cannot make the app read or write a path the user did not pick.
 */
export class ChosenPaths {
  readonly #paths = new Set<string>();

  remember(paths: readonly string[]): void {
    for (const path of paths) if (path !== '') this.#paths.add(resolve(path));
  }

  has(path: string): boolean {
    return typeof path === 'string' && path !== '' && !path.includes('\0') && this.#paths.has(resolve(path));
  }
}
