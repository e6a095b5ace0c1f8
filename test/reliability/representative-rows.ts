import type Database from 'better-sqlite3';

/**
 * Fills every table of a database at whatever schema version it is with a few plausible rows,
 * derived from the schema itself (column types, NOT NULL, foreign keys, `CHECK (x IN (...))`),
 * so the migration tests keep covering tables that later migrations add.
 */

interface Column { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }
interface ForeignKey { table: string; from: string; to: string | null }

export interface FilledTable {
  table: string;
  /** The primary key columns (`rowid` for a table without one). */
  keys: string[];
  rows: Record<string, unknown>[];
}

export interface FillResult {
  filled: FilledTable[];
  /** Tables no generic row fits (a constraint the filler cannot read); the reason for each. */
  skipped: { table: string; reason: string }[];
}

function userTables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

function foreignKeys(db: Database.Database, table: string): ForeignKey[] {
  return db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[];
}

/** Parents before children; self references are left NULL. */
function insertionOrder(db: Database.Database, tables: string[]): string[] {
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const fk of foreignKeys(db, table)) if (fk.table !== table && tables.includes(fk.table)) visit(fk.table, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

function allowedValues(tableSql: string, column: string): string[] | null {
  const list = new RegExp(`CHECK\\s*\\(\\s*"?${column}"?\\s+IN\\s*\\(([^)]*)\\)`, 'i').exec(tableSql);
  if (list) return list[1].split(',').map((s) => s.trim());
  const single = new RegExp(`CHECK\\s*\\(\\s*"?${column}"?\\s*=\\s*([^)\\s]+)\\s*\\)`, 'i').exec(tableSql);
  return single ? [single[1]] : null;
}

function literal(sqlLiteral: string): unknown {
  if (/^'.*'$/.test(sqlLiteral)) return sqlLiteral.slice(1, -1).replaceAll("''", "'");
  const n = Number(sqlLiteral);
  return Number.isNaN(n) ? sqlLiteral : n;
}

function valueFor(column: Column, tableSql: string, i: number): unknown {
  if (column.pk > 0 && column.type.toUpperCase() === 'INTEGER') return i;
  const allowed = allowedValues(tableSql, column.name);
  if (allowed) return literal(allowed[(i - 1) % allowed.length]);
  const type = column.type.toUpperCase();
  const day = `2024-0${(i % 9) + 1}-1${i % 10}`;
  if (/_json$/.test(column.name)) return column.dflt_value ? literal(column.dflt_value) : '[]';
  if (type.includes('INT')) {
    if (/_ms$/.test(column.name)) return Date.parse(`${day}T12:00:00Z`);
    if (/^(is_|accepts_|from_)/.test(column.name)) return i % 2;
    return i * 100 + 7;
  }
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return i + 0.25;
  if (type.includes('BLOB')) return Buffer.from([i, 0, 255]);
  if (/_day$/.test(column.name)) return day;
  if (/_at$/.test(column.name)) return `${day}T12:00:00+01:00`;
  if (/email/.test(column.name)) return `person${i}@example.com`;
  if (/currency/.test(column.name)) return 'EUR';
  return `${column.name} ${i} ✓ «kept»`;
}

function selectStored(db: Database.Database, table: string, keys: string[], row: Record<string, unknown>): Record<string, unknown> | undefined {
  if (keys[0] === 'rowid') return db.prepare(`SELECT rowid AS rowid, * FROM "${table}" WHERE rowid = last_insert_rowid()`).get() as Record<string, unknown>;
  return db.prepare(`SELECT * FROM "${table}" WHERE ${keys.map((k) => `"${k}" IS ?`).join(' AND ')}`).get(...keys.map((k) => row[k])) as Record<string, unknown> | undefined;
}

/** Inserts up to `rowsPerTable` rows into every table; returns what it wrote so a later check can find it again. */
export function fillRepresentativeRows(db: Database.Database, rowsPerTable = 3): FillResult {
  const tables = userTables(db);
  const result: FillResult = { filled: [], skipped: [] };
  const filled = new Map<string, FilledTable>();
  for (const table of insertionOrder(db, tables)) {
    const tableSql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
    const columns = (db.prepare(`PRAGMA table_xinfo("${table}")`).all() as Column[]).filter((c) => c.hidden === 0);
    const fks = foreignKeys(db, table);
    const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const keys = pk.length > 0 ? pk.map((c) => c.name) : ['rowid'];
    const rows: Record<string, unknown>[] = [];
    for (let i = 1; i <= rowsPerTable; i++) {
      const row: Record<string, unknown> = {};
      for (const column of columns) {
        const fk = fks.find((f) => f.from === column.name);
        const parent = fk && fk.table !== table ? filled.get(fk.table) : undefined;
        if (fk) {
          const parentRow = parent?.rows[(i - 1) % parent.rows.length];
          row[column.name] = parentRow ? parentRow[fk.to ?? parent!.keys[0]] : column.notnull ? i : null;
          continue;
        }
        row[column.name] = valueFor(column, tableSql, i);
      }
      const names = Object.keys(row);
      try {
        db.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
      } catch (error) {
        // A singleton table (CHECK (id = 1)) takes one row; a table no generic row fits takes none.
        if (rows.length === 0) result.skipped.push({ table, reason: (error as Error).message });
        break;
      }
      rows.push(selectStored(db, table, keys, row)!);
    }
    if (rows.length > 0) {
      const entry = { table, keys, rows };
      filled.set(table, entry);
      result.filled.push(entry);
    }
  }
  return result;
}

/**
 * The columns a table's rows can be found by now: its keys, or, for a table a later schema turned into
 * a view under the same name (line_items since schema 7), every column the view still shows.
 */
function lookupColumns(db: Database.Database, table: string, keys: string[], before: Record<string, unknown>): string[] | null {
  const type = db.prepare('SELECT type FROM sqlite_schema WHERE name = ?').pluck().get(table) as string | undefined;
  if (type === 'table') return keys;
  if (type !== 'view') return null;
  const shown = new Set(db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
  return Object.keys(before).filter((column) => shown.has(column));
}

/**
 * Columns a later schema moved out of their table into a view that shows them next to the row's key
 * (orders' sixteen details since schema 9, in `order_details` by `order_id`).
 */
const MOVED_TO_VIEWS: Record<string, { view: string; viewKey: string; tableKey: string }> = {
  orders: { view: 'order_details', viewKey: 'order_id', tableKey: 'id' },
};

/** The row of the view that now shows the moved columns of `before`, when there is one. */
function movedColumns(db: Database.Database, table: string, before: Record<string, unknown>): Record<string, unknown> {
  const moved = MOVED_TO_VIEWS[table];
  if (!moved || db.prepare('SELECT type FROM sqlite_schema WHERE name = ?').pluck().get(moved.view) !== 'view') return {};
  return (db.prepare(`SELECT * FROM "${moved.view}" WHERE "${moved.viewKey}" = ?`).get(before[moved.tableKey]) as Record<string, unknown> | undefined) ?? {};
}

/** Compares what `fillRepresentativeRows` wrote with what the database holds now; one line per difference. */
export function missingRows(db: Database.Database, filled: FilledTable[]): string[] {
  const problems: string[] = [];
  for (const { table, keys, rows } of filled) {
    for (const before of rows) {
      const columns = lookupColumns(db, table, keys, before);
      if (columns === null) {
        problems.push(`table ${table} is gone`);
        break;
      }
      const id = keys.map((k) => `${k}=${String(before[k])}`).join(',');
      const stored = db.prepare(`SELECT ${columns[0] === 'rowid' ? 'rowid AS rowid, ' : ''}* FROM "${table}" WHERE ${columns.map((k) => `"${k}" IS ?`).join(' AND ')}`).get(...columns.map((k) => before[k])) as Record<string, unknown> | undefined;
      if (!stored) {
        problems.push(`${table} row ${id} is gone`);
        continue;
      }
      const after = { ...movedColumns(db, table, before), ...stored };
      for (const [column, value] of Object.entries(before)) {
        if (!(column in after)) {
          if (!keys.includes(column)) problems.push(`${table}.${column} is gone`);
        } else if (JSON.stringify(after[column]) !== JSON.stringify(value)) problems.push(`${table}.${column} of ${id} changed from ${JSON.stringify(value)} to ${JSON.stringify(after[column])}`);
      }
    }
  }
  return problems;
}
