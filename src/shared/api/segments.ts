import { z } from 'zod';
import { request } from './define.ts';
import type { SavedSegment } from '../domain/campaigns.ts';

/** A rule of the segment language (docs/segments.md). */
export const segmentRule = z.string().max(2000);
export const segmentName = z.string().trim().min(1).max(100);

export const segmentRequests = {
  /** How many customers a rule selects now, and the rule as it is saved (normalised). Errors carry the column. */
  'segments.count': request<{ count: number; rule: string }>()(z.object({ rule: segmentRule }).strict()),
  /** Saved segments by name, with their size now and the change since before the last import. */
  'segments.list': request<SavedSegment[]>()(z.object({}).strict()),
  /** Saves a rule under a name (a segment of that name, whatever its case, gets the new rule). */
  'segments.save': request<SavedSegment>()(z.object({ name: segmentName, rule: segmentRule }).strict()),
  'segments.delete': request<{ deleted: boolean }>()(z.object({ name: segmentName }).strict()),
};
