import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { csvRecord } from './csv-cell.ts';

const BOM = '\uFEFF';
const LINE_END = '\r\n';
const FLUSH_BYTES = 64 * 1024;

export interface CsvFileWriterOptions {
  /** Start the file with a UTF-8 byte order mark, which spreadsheet programs need to read UTF-8 correctly. */
  bom?: boolean;
}

/**
 * Streams a CSV file to disk: UTF-8, CRLF line ends and RFC 4180 quoting, every cell protected against
 * formula injection. Rows go to `<path>.partial` in 64 KiB chunks, so memory stays flat on any audience size;
 * `commit()` moves the finished file into place and `abort()` removes it, so a failed export never leaves
 * a half-written file at the target path.
 */
export class CsvFileWriter {
  readonly path: string;
  readonly #partialPath: string;
  #fd: number | null;
  #buffer = '';
  #rows = 0;
  #committed = false;

  constructor(path: string, header: readonly string[], options: CsvFileWriterOptions = {}) {
    this.path = path;
    this.#partialPath = `${path}.partial`;
    this.#fd = openSync(this.#partialPath, 'w', 0o600);
    this.#buffer = (options.bom ? BOM : '') + csvRecord(header) + LINE_END;
  }

  /** Data rows written so far (the header not counted). */
  get rows(): number {
    return this.#rows;
  }

  writeRow(cells: readonly string[]): void {
    this.#buffer += csvRecord(cells) + LINE_END;
    this.#rows += 1;
    if (this.#buffer.length >= FLUSH_BYTES) this.#flush();
  }

  /** Finishes the file and puts it at its target path, replacing any file there. */
  commit(): void {
    this.#flush();
    const fd = this.#open();
    fsyncSync(fd);
    closeSync(fd);
    this.#fd = null;
    renameSync(this.#partialPath, this.path);
    this.#committed = true;
  }

  /** Drops the partial file; safe to call after `commit()` (it then does nothing) or twice. */
  abort(): void {
    if (this.#committed) return;
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
    rmSync(this.#partialPath, { force: true });
  }

  #open(): number {
    if (this.#fd === null) throw new Error(`The CSV file ${this.path} is already closed`);
    return this.#fd;
  }

  #flush(): void {
    if (this.#buffer === '') return;
    writeSync(this.#open(), this.#buffer, null, 'utf8');
    this.#buffer = '';
  }
}
