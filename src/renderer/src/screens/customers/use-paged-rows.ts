import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<Row> {
  total: number;
  rows: Row[];
}

export interface PagedRows<Row> {
  /** null until the first page of the current query arrived. */
  total: number | null;
  error: Error | null;
  rowAt(index: number): Row | undefined;
  /** Makes sure the rows in [start, end] are (being) loaded. */
  ensureRange(start: number, end: number): void;
  /** Every row loaded so far, by index. */
  loadedRows(): Row[];
}

/**
 * Rows of a server-side sorted and filtered list, fetched in pages as the user scrolls. A new `queryKey`
 * drops the cache; pages that answer for an older query are ignored.
 */
export function usePagedRows<Row>(queryKey: string, fetchPage: (offset: number, limit: number) => Promise<Page<Row>>, pageSize = 200): PagedRows<Row> {
  const pages = useRef(new Map<number, Row[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [, setVersion] = useState(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      const mine = generation.current;
      inFlight.current.add(page);
      fetcher.current(page * pageSize, pageSize).then(
        (answer) => {
          if (mine !== generation.current) return;
          inFlight.current.delete(page);
          pages.current.set(page, answer.rows);
          setTotal(answer.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (failure: unknown) => {
          if (mine !== generation.current) return;
          inFlight.current.delete(page);
          setError(failure instanceof Error ? failure : new Error(String(failure)));
        },
      );
    },
    [pageSize],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    inFlight.current = new Set();
    setTotal(null);
    setError(null);
    load(0);
  }, [queryKey, load]);

  return {
    total,
    error,
    rowAt: (index) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    ensureRange: (start, end) => {
      for (let page = Math.floor(Math.max(0, start) / pageSize); page <= Math.floor(Math.max(0, end) / pageSize); page++) load(page);
    },
    loadedRows: () => [...pages.current.keys()].sort((a, b) => a - b).flatMap((page) => pages.current.get(page) ?? []),
  };
}
