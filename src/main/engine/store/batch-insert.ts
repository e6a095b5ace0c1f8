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
  #buffer: unknown[] = [];

  /** `head` is e.g. `INSERT INTO t (a, b)`; each row gets `columns` parameters. */
  constructor(db: Db, head: string, columns: number) {
    this.#columns = columns;
    const row = `(${new Array<string>(columns).fill('?').join(', ')})`;
    this.#one = db.prepare(`${head} VALUES ${row}`);
    this.#many = db.prepare(`${head} VALUES ${new Array<string>(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
  }

  add(...values: unknown[]): void {
    for (const v of values) this.#buffer.push(v);
    if (this.#buffer.length === this.#columns * ROWS_PER_STATEMENT) {
      this.#many.run(this.#buffer);
      this.#buffer = [];
    }
  }

  flush(): void {
    for (let i = 0; i < this.#buffer.length; i += this.#columns) this.#one.run(this.#buffer.slice(i, i + this.#columns));
    this.#buffer = [];
  }
}
