import type { ReactNode } from 'react';
import type { RequestState } from '../api/use-request.ts';
import { ErrorMessage } from '../errors/ErrorMessage.tsx';
import { Loading } from './Loading.tsx';

/** Renders a request's answer, or its loading state, or its error with a retry button. */
export function RequestView<T>({ state, children }: { state: RequestState<T>; children: (data: T) => ReactNode }) {
  if (state.data !== undefined) return <>{children(state.data)}</>;
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  return <Loading />;
}
