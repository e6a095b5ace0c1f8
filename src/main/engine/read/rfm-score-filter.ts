import type { CustomerQuery } from '../../../shared/api/lifecycle.ts';

/** SQL clauses for the customer list's recency and frequency score filters (one RFM grid cell when both are set). */
export function rfmScoreClauses(query: Pick<CustomerQuery, 'recency' | 'frequency'>): { clauses: string[]; params: number[] } {
  const clauses: string[] = [];
  const params: number[] = [];
  if (query.recency !== undefined) {
    clauses.push('m.r = ?');
    params.push(query.recency);
  }
  if (query.frequency !== undefined) {
    clauses.push('m.f = ?');
    params.push(query.frequency);
  }
  return { clauses, params };
}
