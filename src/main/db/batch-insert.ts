import type { Statement } from 'better-sqlite3';
import type { Db } from './connection.ts';

const ROWS_PER_STATEMENT = 64;

/**
 * Inserts rows many at a time (`VALUES (...), (...), ...`): one call into SQLite per 64 rows instead of
 * per row, which is what makes writing a few hundred thousand rows fast. For use inside a transaction
 * that is undone as a whole when anything fails (an import, a recompute).
 *
 * The 64-row statement is an INSERT OR IGNORE: an INSERT of several rows that could stop halfway keeps a
 * statement journal (a copy of every page it changes, so that the rows before a failing one can be undone),
 * hundreds of megabytes of copies over a large import. A row the database refuses is caught by the count of
 * rows written instead, and fails the write. The values go in as arguments (`run(...values)`): better-sqlite3
 * reads an array through Node-API element by element, which made each INSERT about a sixth slower.
 */
export class BatchInsert {
  readonly #table: string;
  readonly #columns: number;
  readonly #one: Statement;
  readonly #many: Statement;
  /** Parameters of the next multi-row statement, reused from batch to batch. */
  readonly #buffer: unknown[];
  #filled = 0;

  constructor(db: Db, table: string, columns: readonly string[]) {
    this.#table = table;
    this.#columns = columns.length;
    const into = `"${table}" (${columns.join(', ')})`;
    const row = `(${new Array<string>(columns.length).fill('?').join(', ')})`;
    this.#one = db.prepare(`INSERT INTO ${into} VALUES ${row}`);
    this.#many = db.prepare(`INSERT OR IGNORE INTO ${into} VALUES ${new Array<string>(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
    this.#buffer = new Array<unknown>(columns.length * ROWS_PER_STATEMENT);
  }

  add(...values: unknown[]): void {
    for (let i = 0; i < values.length; i += 1) this.#buffer[this.#filled + i] = values[i];
    this.#filled += values.length;
    if (this.#filled === this.#buffer.length) {
      if (this.#many.run(...this.#buffer).changes !== ROWS_PER_STATEMENT) throw new Error(`the database refused a row for ${this.#table} (one of ${ROWS_PER_STATEMENT} written together)`);
      this.#filled = 0;
    }
  }

  /** Writes the rows still waiting. */
  flush(): void {
    for (let i = 0; i < this.#filled; i += this.#columns) this.#one.run(...this.#buffer.slice(i, i + this.#columns));
    this.#filled = 0;
  }
}
