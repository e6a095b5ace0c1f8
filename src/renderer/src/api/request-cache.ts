import type { ApiClient } from './client.ts';

interface Entry {
  version: number;
  promise: Promise<unknown>;
  /** The answer for this version, once it arrived. */
  value?: { data: unknown };
  /** The last answer of an earlier version, shown while this one is on its way. */
  previous?: { data: unknown };
}

/**
 * Answers to read requests, kept until the core says the data changed. Screens that come back into
 * view show what they had at once instead of asking again, and identical requests made at the same
 * time share one round trip: the core answers reads one at a time, so fewer requests mean a freer core.
 */
export class RequestCache {
  #entries = new Map<string, Entry>();
  #version = 0;

  get version(): number {
    return this.#version;
  }

  /** Everything cached so far is stale: the next read of it asks the core again. */
  invalidate(): void {
    this.#version += 1;
  }

  /** Forget one answer (a retry after an error, or a screen that knows it changed something). */
  invalidateKey(key: string): void {
    const entry = this.#entries.get(key);
    if (entry) entry.version = -1;
  }

  /** The fresh answer for `key` if there is one. */
  peek(key: string): { data: unknown } | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.version === this.#version ? entry.value : undefined;
  }

  /** The last answer for `key`, fresh or not (shown while a fresh one is on its way). */
  stale(key: string): { data: unknown } | undefined {
    const entry = this.#entries.get(key);
    return entry?.value ?? entry?.previous;
  }

  fetch(key: string, client: ApiClient, name: string, input: unknown): Promise<unknown> {
    const existing = this.#entries.get(key);
    if (existing && existing.version === this.#version) return existing.promise;
    const version = this.#version;
    // The earlier answer is kept apart, never as this version's: until the new answer arrives, peek() says
    // there is none, so every reader of the key waits for the one request instead of taking the old answer.
    const entry: Entry = { version, promise: Promise.resolve(), previous: existing?.value ?? existing?.previous };
    entry.promise = (client.request as (name: string, input: unknown) => Promise<unknown>)(name, input).then(
      (data) => {
        if (this.#entries.get(key) === entry) entry.value = { data };
        return data;
      },
      (error: unknown) => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
        throw error;
      },
    );
    this.#entries.set(key, entry);
    return entry.promise;
  }
}
