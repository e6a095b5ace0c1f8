import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/main/db/connection.ts';
import { pageIds } from '../../../src/main/engine/read/page-ids.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const ROWS = 500;
/** Few distinct scores, so the id breaks most ties. */
const BY_SCORE = 'SELECT id FROM people WHERE score <= ? ORDER BY score DESC, id DESC';
/** Served by a covering index. */
const BY_RANK = 'SELECT id FROM people ORDER BY rank, id';

let temp: ReturnType<typeof makeTempDir>;
let writer: Db;
let reader: Db;

beforeEach(() => {
  temp = makeTempDir();
  const path = join(temp.dir, 'pages.db');
  writer = openDatabase(path);
  writer.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, score INTEGER NOT NULL, rank INTEGER NOT NULL); CREATE INDEX people_rank ON people(rank)');
  const insert = writer.prepare('INSERT INTO people (id, score, rank) VALUES (?, ?, ?)');
  for (let id = 1; id <= ROWS; id++) insert.run(id, (id * 7) % 13, (id * 37) % ROWS);
  reader = openDatabase(path, { readonly: true });
});

afterEach(() => {
  reader.close();
  writer.close();
  temp.cleanup();
});

const offsetPage = (db: Db, sql: string, params: unknown[], offset: number, limit: number) => db.prepare(`${sql} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset);

describe('pageIds', () => {
  it('gives the rows LIMIT and OFFSET give, for a sorted order and an indexed one, at every depth', () => {
    for (const [sql, params] of [[BY_SCORE, [12]], [BY_SCORE, [6]], [BY_RANK, []]] as const) {
      for (const offset of [0, 1, 49, 50, 250, 480, 499, 500, 700]) {
        for (const limit of [1, 20, 50]) expect(pageIds(reader, sql, [...params], offset, limit)).toEqual(offsetPage(reader, sql, [...params], offset, limit));
      }
    }
  });

  it('follows changes committed by another connection and by its own', () => {
    expect(pageIds(reader, BY_SCORE, [99], 100, 5)).toEqual(offsetPage(reader, BY_SCORE, [99], 100, 5));
    writer.prepare('UPDATE people SET score = 50 WHERE id <= 300').run();
    expect(pageIds(reader, BY_SCORE, [99], 100, 5)).toEqual(offsetPage(reader, BY_SCORE, [99], 100, 5));
    expect(pageIds(reader, BY_SCORE, [99], 100, 5)).toEqual([200, 199, 198, 197, 196]);

    expect(pageIds(writer, BY_SCORE, [99], 350, 5)).toEqual(offsetPage(writer, BY_SCORE, [99], 350, 5));
    writer.prepare('DELETE FROM people WHERE id > 300').run();
    expect(pageIds(writer, BY_SCORE, [99], 295, 10)).toEqual([5, 4, 3, 2, 1]);
  });

  it('keeps one order per query and parameters', () => {
    const all = pageIds(reader, BY_SCORE, [12], 10, 5);
    const low = pageIds(reader, BY_SCORE, [6], 10, 5);
    expect(low).toEqual(offsetPage(reader, BY_SCORE, [6], 10, 5));
    expect(pageIds(reader, BY_SCORE, [12], 10, 5)).toEqual(all);
    expect(all).not.toEqual(low);
  });
});
