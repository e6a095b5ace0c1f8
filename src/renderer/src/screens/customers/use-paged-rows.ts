import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<Row> {
  total: number;
  rows: Row[];
}

export interface PagedRows<Row> {
  /** null until the first page of the first query arrived. */
  total: number | null;
  /** True while a new query's first page is on its way (the previous rows stay on screen meanwhile). */
  refreshing: boolean;
  error: Error | null;
  rowAt(index: number): Row | undefined;
  /** Makes sure the rows in [start, end] are (being) loaded. */
  ensureRange(start: number, end: number): void;
}

interface Generation<Row> {
  id: number;
  pages: Map<number, Row[]>;
  inFlight: Set<number>;
}

/**
 * Rows of a server-side sorted and filtered list, fetched in pages as the user scrolls. A new
 * `queryKey` starts a new generation; the old rows stay on screen until its first page arrives, so
 * the list never flashes empty, and answers for an older generation are dropped.
 */
export function usePagedRows<Row>(queryKey: string, fetchPage: (offset: number, limit: number) => Promise<Page<Row>>, pageSize = 200): PagedRows<Row> {
  const shown = useRef<Generation<Row>>({ id: 0, pages: new Map(), inFlight: new Set() });
  const loading = useRef<Generation<Row>>(shown.current);
  const [total, setTotal] = useState<number | null>(null);
  const [refreshing, setRefreshing] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  const [, setVersion] = useState(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const load = useCallback(
    (page: number) => {
      const generation = loading.current;
      if (generation.pages.has(page) || generation.inFlight.has(page)) return;
      generation.inFlight.add(page);
      fetcher.current(page * pageSize, pageSize).then(
        (answer) => {
          generation.inFlight.delete(page);
          if (generation !== loading.current) return;
          generation.pages.set(page, answer.rows);
          if (shown.current !== generation) {
            shown.current = generation;
            setRefreshing(false);
          }
          setTotal(answer.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (failure: unknown) => {
          generation.inFlight.delete(page);
          if (generation !== loading.current) return;
          setRefreshing(false);
          setError(failure instanceof Error ? failure : new Error(String(failure)));
        },
      );
    },
    [pageSize],
  );

  useEffect(() => {
    loading.current = { id: loading.current.id + 1, pages: new Map(), inFlight: new Set() };
    setRefreshing(true);
    load(0);
  }, [queryKey, load]);

  return {
    total,
    refreshing,
    error,
    rowAt: (index) => shown.current.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    ensureRange: (start, end) => {
      for (let page = Math.floor(Math.max(0, start) / pageSize); page <= Math.floor(Math.max(0, end) / pageSize); page++) load(page);
    },
  };
}
