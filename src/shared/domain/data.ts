/** A copy of the database written where the user chose. */
export interface BackupResult {
  path: string;
  bytes: number;
}

/** The database was replaced by a chosen backup; the previous one was kept beside it. */
export interface RestoreResult {
  /** Where the database as it was before the restore was saved. */
  previousCopyPath: string;
  /** The restored file's schema version before it was brought up to date. */
  restoredFromSchema: number;
  schemaVersion: number;
}

export interface DeleteAllResult {
  tablesCleared: number;
}
