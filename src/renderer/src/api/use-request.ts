import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestInput, RequestName, RequestResult } from '../../../shared/api/index.ts';
import { useApi } from './ApiProvider.tsx';
import { useApiEvent } from './use-api-event.ts';

export interface RequestState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Loads one request and keeps it fresh: runs again when the input changes or the core says the
 * data changed. Answers that arrive after a newer request started are dropped.
 * Pass `null` as input to wait (e.g. until a choice is made).
 */
export function useRequest<N extends RequestName>(name: N, input: RequestInput<N> | null): RequestState<RequestResult<N>> {
  const api = useApi();
  const [data, setData] = useState<RequestResult<N>>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(input !== null);
  const [version, setVersion] = useState(0);
  const sequence = useRef(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) return;
    const mine = ++sequence.current;
    setLoading(true);
    api.request(name, JSON.parse(key) as RequestInput<N>).then(
      (value) => {
        if (mine !== sequence.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (mine !== sequence.current) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setLoading(false);
      },
    );
  }, [api, name, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useApiEvent('data.changed', reload);
  return { data, error, loading, reload };
}
