import type { Db } from '../../db/connection.ts';
import type { Statement } from 'better-sqlite3';

const ROWS_PER_STATEMENT = 64;

/**
 * Inserts rows many at a time (`VALUES (...), (...), ...`): one call into SQLite per 64 rows
 * instead of per row, which is what makes writing a few hundred thousand result rows fast.
 */
export class BatchInsert {
  readonly #columns: number;
  readonly #one: Statement;
  readonly #many: Statement;
  /** Parameters of the next multi-row statement, reused from batch to batch. */
  readonly #buffer: unknown[];
  #filled = 0;

  /** `head` is e.g. `INSERT INTO t (a, b)`; each row gets `columns` parameters. */
  constructor(db: Db, head: string, columns: number) {
    this.#columns = columns;
    const row = `(${new Array<string>(columns).fill('?').join(', ')})`;
    this.#one = db.prepare(`${head} VALUES ${row}`);
    this.#many = db.prepare(`${head} VALUES ${new Array<string>(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
    this.#buffer = new Array<unknown>(columns * ROWS_PER_STATEMENT);
  }

  add(...values: unknown[]): void {
    for (let i = 0; i < values.length; i += 1) this.#buffer[this.#filled + i] = values[i];
    this.#filled += values.length;
    if (this.#filled === this.#buffer.length) {
      this.#many.run(this.#buffer);
      this.#filled = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.#filled; i += this.#columns) this.#one.run(this.#buffer.slice(i, i + this.#columns));
    this.#filled = 0;
  }
}
