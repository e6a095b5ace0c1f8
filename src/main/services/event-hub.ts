import type { ApiEvent, ApiEvents, EventName } from '../../shared/api/events.ts';

export type EventListener = (event: ApiEvent) => void;

/** Fans the core's events out to every front end that listens (IPC, test host, CLI). */
export class EventHub {
  #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<N extends EventName>(name: N, payload: ApiEvents[N]): void {
    for (const listener of this.#listeners) listener({ name, payload } as ApiEvent);
  }
}
