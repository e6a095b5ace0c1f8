import { useEffect, useRef, useState } from 'react';
import type { RequestState } from './use-request.ts';

/**
 * The answer of `load`, asked again whenever `version` changes, bypassing the request cache: for a view that
 * must show a write the moment it is made. Answers that arrive after a newer ask are dropped.
 */
export function useLatest<T>(load: () => Promise<T>, version: number): RequestState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: Error | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [retry, setRetry] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  const sequence = useRef(0);
  useEffect(() => {
    const mine = ++sequence.current;
    setState((current) => ({ ...current, loading: true }));
    latest.current().then(
      (data) => {
        if (mine === sequence.current) setState({ data, error: undefined, loading: false });
      },
      (failure: unknown) => {
        if (mine === sequence.current) setState((current) => ({ ...current, error: failure instanceof Error ? failure : new Error(String(failure)), loading: false }));
      },
    );
  }, [version, retry]);
  return { ...state, reload: () => setRetry((n) => n + 1) };
}
