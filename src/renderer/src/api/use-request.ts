import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestInput, RequestName, RequestResult } from '../../../shared/api/index.ts';
import { useApi, useRequestCache } from './ApiProvider.tsx';

export interface RequestState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Loads one read request and keeps it fresh: answers come from the app's cache while the data has
 * not changed, and are asked again when the input changes or the core says the data changed (the
 * previous answer stays on screen meanwhile). Pass `null` as input to wait (e.g. until a choice is made).
 */
export function useRequest<N extends RequestName>(name: N, input: RequestInput<N> | null): RequestState<RequestResult<N>> {
  const api = useApi();
  const { cache, dataVersion } = useRequestCache();
  const key = input === null ? null : `${name} ${JSON.stringify(input)}`;
  const cached = key === null ? undefined : (cache.peek(key) ?? cache.stale(key));
  const [state, setState] = useState<{ key: string | null; data: RequestResult<N> | undefined; error: Error | undefined; loading: boolean }>(() => ({
    key,
    data: cached?.data as RequestResult<N> | undefined,
    error: undefined,
    loading: key !== null && !cache.peek(key),
  }));
  const [retry, setRetry] = useState(0);
  const sequence = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const mine = ++sequence.current;
    const fresh = cache.peek(key);
    if (fresh) {
      setState({ key, data: fresh.data as RequestResult<N>, error: undefined, loading: false });
      return;
    }
    setState((current) => ({ key, data: (current.key === key ? current.data : (cache.stale(key)?.data as RequestResult<N> | undefined)), error: undefined, loading: true }));
    cache.fetch(key, api, name, input).then(
      (data) => {
        if (mine === sequence.current) setState({ key, data: data as RequestResult<N>, error: undefined, loading: false });
      },
      (failure: unknown) => {
        if (mine === sequence.current) setState((current) => ({ ...current, error: failure instanceof Error ? failure : new Error(String(failure)), loading: false }));
      },
    );
    // `input` is represented by `key`.
  }, [api, cache, name, key, dataVersion, retry]);

  const reload = useCallback(() => {
    if (key !== null) cache.invalidateKey(key);
    setRetry((n) => n + 1);
  }, [cache, key]);
  const current = state.key === key ? state : { data: cached?.data as RequestResult<N> | undefined, error: undefined, loading: key !== null };
  return { data: current.data, error: current.error, loading: current.loading, reload };
}
