import type { StoreWriter } from './store/store-writer.ts';
import type { WarningLog } from './warning-log.ts';

/** Turns a file's data records into store writes. Records arrive in file order. */
export interface RowImporter {
  /** One data record: `fields[0..count)`, starting on physical `line`. The array is reused. */
  row(fields: string[], count: number, line: number): void;
  /** Writes whatever is still pending after the last record. */
  finish(): void;
}

/** What every importer writes to. */
export interface ImportTarget {
  fileName: string;
  writer: StoreWriter;
  warnings: WarningLog;
}
