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

  list(): ImportWarning[] {
    return [...this.#byCode.values()];
  }
}
