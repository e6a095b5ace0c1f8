import { useEffect, useRef } from 'react';
import type { ApiEvent, EventName } from '../../../shared/api/events.ts';
import { bridge } from './bridge.ts';

/** Calls `listener` for every core event called `name` while the component is mounted. */
export function useApiEvent<N extends EventName>(name: N, listener: (payload: ApiEvent<N>['payload']) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(
    () =>
      bridge().subscribe((event) => {
        if (event.name === name) latest.current(event.payload as ApiEvent<N>['payload']);
      }),
    [name],
  );
}
