import type { Db } from '../db/connection.ts';
import type { RecomputeStep } from '../engine/store/recompute-step.ts';
import { AppError } from '../../shared/api/envelope.ts';
import type { SavedSegment } from '../../shared/domain/campaigns.ts';
import { formatSegment } from '../../shared/domain/segment-language.ts';
import { countSegment, parseSegmentRule } from '../engine/read/segment-sql.ts';

interface SegmentRow {
  id: number;
  name: string;
  rule: string;
  updated_at: string;
}

const latestImportId = (db: Db) => db.prepare('SELECT max(id) FROM imports').pluck().get() as number | null;

/** Records a segment's size for the latest import (replacing what a recompute after that import wrote). */
function recordSize(db: Db, segmentId: number, size: number): void {
  db.prepare('INSERT OR REPLACE INTO segment_sizes (segment_id, import_id, size) VALUES (?, ?, ?)').run(segmentId, latestImportId(db) ?? 0, size);
}

/** Saves a rule under a name (replacing the rule of a segment of that name, whatever its case); the rule is stored as formatSegment writes it. */
export function saveSegment(db: Db, name: string, rule: string): SavedSegment {
  const text = formatSegment(parseSegmentRule(rule));
  const now = new Date().toISOString();
  const trimmed = name.trim();
  const existing = db.prepare('SELECT id FROM segments WHERE name = ?').pluck().get(trimmed) as number | undefined;
  let id: number;
  if (existing === undefined) {
    id = Number(db.prepare('INSERT INTO segments (name, rule, created_at, updated_at) VALUES (?, ?, ?, ?)').run(trimmed, text, now, now).lastInsertRowid);
  } else {
    id = existing;
    db.prepare('UPDATE segments SET name = ?, rule = ?, updated_at = ? WHERE id = ?').run(trimmed, text, now, id);
    db.prepare('DELETE FROM segment_sizes WHERE segment_id = ?').run(id);
  }
  const size = countSegment(db, text);
  recordSize(db, id, size);
  return { id, name: trimmed, rule: text, size, change: null, updatedAt: now };
}

export function deleteSegment(db: Db, name: string): { deleted: boolean } {
  return { deleted: db.prepare('DELETE FROM segments WHERE name = ?').run(name.trim()).changes > 0 };
}

/** A saved segment's rule by name; not_found when there is none. */
export function segmentRule(db: Db, name: string): { name: string; rule: string } {
  const row = db.prepare('SELECT name, rule FROM segments WHERE name = ?').get(name.trim()) as { name: string; rule: string } | undefined;
  if (!row) throw new AppError('not_found', `There is no saved segment called "${name}".`, { messageKey: 'errors:segment.unknownSegment', params: { name } });
  return row;
}

/** Saved segments by name, each with its size now and the change since before the last import. */
export function listSegments(db: Db): SavedSegment[] {
  const rows = db.prepare('SELECT id, name, rule, updated_at FROM segments ORDER BY name COLLATE NOCASE').all() as SegmentRow[];
  const latest = latestImportId(db) ?? 0;
  const before = db.prepare('SELECT size FROM segment_sizes WHERE segment_id = ? AND import_id < ? ORDER BY import_id DESC LIMIT 1').pluck();
  return rows.map((row) => {
    const size = countSegment(db, row.rule);
    const previous = before.get(row.id, latest) as number | undefined;
    return { id: row.id, name: row.name, rule: row.rule, size, change: previous === undefined ? null : size - previous, updatedAt: row.updated_at };
  });
}

/**
 * The recompute's last step (src/main/recompute/recompute.ts): every saved segment's size for the latest import.
 * A stored rule that no longer reads as a rule (a damaged or hand-edited file) gets no size: the analysis
 * never fails over it, and the segments list names its error.
 */
export const segmentSizesStep: RecomputeStep = {
  name: 'segmentSizes',
  run({ db }) {
    const rows = db.prepare('SELECT id, rule FROM segments').all() as { id: number; rule: string }[];
    for (const row of rows) {
      const size = sizeOrNull(db, row.rule);
      if (size !== null) recordSize(db, row.id, size);
    }
  },
};

function sizeOrNull(db: Db, rule: string): number | null {
  try {
    return countSegment(db, rule);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return null;
    throw error;
  }
}
