import { resolve } from 'node:path';

/** What the user chose a file for: to import, to restore from, to export an audience to, to save a backup to. */
export const FILE_PURPOSES = ['import', 'restore', 'export', 'backup'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Whether a request reads a file or writes it. */
export type FileAccess = 'read' | 'write';

/**
 * What a file chosen for each purpose may be used for: read or written, and by which requests. A file
 * picked to import cannot be written by an export or a backup, and one picked to save a backup cannot be
 * read by an import. A new request that takes a path is refused until it is listed here
 * (test/unit/electron/chosen-paths.test.ts checks that every request with a path is).
 */
export const PURPOSE_GRANTS: Record<FilePurpose, { access: FileAccess; requests: readonly string[] }> = {
  import: { access: 'read', requests: ['imports.inspect', 'imports.run', 'economics.importSpend'] },
  restore: { access: 'read', requests: ['data.restore'] },
  export: { access: 'write', requests: ['campaigns.export'] },
  backup: { access: 'write', requests: ['data.backup'] },
};

/**
 * The files the user pointed at in this session, each with what it was chosen for, through an open/save
 * dialog or by dropping them on the window (a drop is an import). Only the shell adds to it (dialogs run in
 * the main process; a drop's path comes from the preload's webUtils.getPathForFile on a real File), so a
 * compromised page cannot make the app read or write a path the user did not pick for that.
 */
export class ChosenPaths {
  readonly #purposes = new Map<string, Set<FilePurpose>>();

  remember(paths: readonly string[], purpose: FilePurpose): void {
    for (const path of paths) {
      if (path === '') continue;
      const key = resolve(path);
      const purposes = this.#purposes.get(key) ?? new Set<FilePurpose>();
      purposes.add(purpose);
      this.#purposes.set(key, purposes);
    }
  }

  /** Whether `path` was chosen for a purpose that lets `request` read or write it (`access`). */
  allows(path: unknown, request: string, access: FileAccess): boolean {
    if (typeof path !== 'string' || path === '' || path.includes('\0')) return false;
    const purposes = this.#purposes.get(resolve(path));
    if (!purposes) return false;
    return [...purposes].some((purpose) => PURPOSE_GRANTS[purpose].access === access && PURPOSE_GRANTS[purpose].requests.includes(request));
  }
}
