import type { RecordSink } from './store/order-record.ts';
import type { WarningLog } from './warning-log.ts';

/** Turns a file's data records into orders and customers for the store. Records arrive in file order. */
export interface RowImporter {
  /** The columns it reads: the parser turns only these into text. */
  readonly columns: readonly number[];
  /** One data record: `fields[0..count)`, starting on physical `line`. The array is reused. */
  row(fields: string[], count: number, line: number): void;
  /** Hands on whatever is still pending after the last record. */
  finish(): void;
}

/** What every importer writes to. */
export interface ImportTarget {
  fileName: string;
  sink: RecordSink;
  warnings: WarningLog;
}
