/** FNV-1a over 32-bit chunks of numbers: a cheap fingerprint to tell whether a stored row changed. */
export class RowHash {
  #h = 0x811c9dc5;

  add(value: number): this {
    const v = Number.isFinite(value) ? value : -1;
    this.#h = Math.imul(this.#h ^ (v | 0), 0x01000193);
    this.#h = Math.imul(this.#h ^ Math.floor(v / 4294967296), 0x01000193);
    return this;
  }

  get value(): number {
    return this.#h | 0;
  }
}
