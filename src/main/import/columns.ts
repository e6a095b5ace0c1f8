/** A header row, looked up by name (case, surrounding spaces and a BOM ignored), never by position. */
export class Columns {
  readonly headers: string[];
  readonly #index = new Map<string, number>();

  constructor(headers: readonly string[]) {
    this.headers = headers.map((h) => h.replace(/^\ufeff/, '').trim());
    this.headers.forEach((h, i) => {
      const key = h.toLowerCase();
      if (!this.#index.has(key)) this.#index.set(key, i);
    });
  }

  /** Index of the first of `names` present, or -1. */
  find(...names: string[]): number {
    for (const name of names) {
      const i = this.#index.get(name.toLowerCase());
      if (i !== undefined) return i;
    }
    return -1;
  }

  has(...names: string[]): boolean {
    return names.every((n) => this.#index.has(n.toLowerCase()));
  }

  /** The header's own spelling at an index. */
  name(index: number): string {
    return this.headers[index] ?? '';
  }
}
