import type { ImportWarning } from '../../shared/domain/imports.ts';

const LINES_KEPT = 5;

/** Recoverable oddities of one file: counted per kind, with the first few line numbers. */
export class WarningLog {
  readonly #byCode = new Map<string, ImportWarning>();

  add(code: string, message: string, line: number): void {
    const warning = this.#byCode.get(code);
    if (!warning) {
      this.#byCode.set(code, { code, message, count: 1, lines: [line] });
      return;
    }
    warning.count++;
    if (warning.lines.length < LINES_KEPT) warning.lines.push(line);
  }

  /** A remark about the whole file, not about any line (shown once, without line numbers). */
  note(code: string, message: string): void {
    if (!this.#byCode.has(code)) this.#byCode.set(code, { code, message, count: 1, lines: [] });
  }

  list(): ImportWarning[] {
    return [...this.#byCode.values()];
  }
}
