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

/** The contract allows 1000 rows per request. */
const MAX_ROWS_PER_REQUEST = 1000;

/**
 * Rows per page: a screenful and a bit. A jump to a far row fetches one or two pages, and a
 * page's round trip grows with its rows (they are read, serialised and parsed), so pages stay small.
 */
const PAGE_SIZE = 50;

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
export function usePagedRows<Row>(queryKey: string, fetchPage: (offset: number, limit: number) => Promise<Page<Row>>, pageSize = PAGE_SIZE): PagedRows<Row> {
  const shown = useRef<Generation<Row>>({ id: 0, pages: new Map(), inFlight: new Set() });
  const loading = useRef<Generation<Row>>(shown.current);
  const [total, setTotal] = useState<number | null>(null);
  const [refreshing, setRefreshing] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  const [, setVersion] = useState(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  /** Loads pages first..last (all missing, consecutive) with one request: the core pays for an offset once. */
  const load = useCallback(
    (first: number, last: number) => {
      const generation = loading.current;
      const pages: number[] = [];
      for (let page = first; page <= last; page++) pages.push(page);
      for (const page of pages) generation.inFlight.add(page);
      fetcher.current(first * pageSize, pages.length * pageSize).then(
        (answer) => {
          for (const page of pages) generation.inFlight.delete(page);
          if (generation !== loading.current) return;
          pages.forEach((page, i) => generation.pages.set(page, answer.rows.slice(i * pageSize, (i + 1) * pageSize)));
          if (shown.current !== generation) {
            shown.current = generation;
            setRefreshing(false);
          }
          setTotal(answer.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (failure: unknown) => {
          for (const page of pages) generation.inFlight.delete(page);
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
    load(0, 0);
  }, [queryKey, load]);

  return {
    total,
    refreshing,
    error,
    rowAt: (index) => shown.current.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    ensureRange: (start, end) => {
      const generation = loading.current;
      const missing = (page: number) => !generation.pages.has(page) && !generation.inFlight.has(page);
      const last = Math.floor(Math.max(0, end) / pageSize);
      for (let page = Math.floor(Math.max(0, start) / pageSize); page <= last; page++) {
        if (!missing(page)) continue;
        let run = page;
        while (run + 1 <= last && (run + 2 - page) * pageSize <= MAX_ROWS_PER_REQUEST && missing(run + 1)) run += 1;
        load(page, run);
        page = run;
      }
    },
  };
}
