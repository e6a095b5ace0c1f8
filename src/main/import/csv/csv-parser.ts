import { AppError } from '../../../shared/api/envelope.ts';

/**
 * Receives each record: `fields[0..count)` hold its values (the array is reused between calls, so
 * copy what you keep), `line` is the 1-based physical line the record starts on.
 */
export type RowSink = (fields: string[], count: number, line: number) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Field separators a CSV may use: comma, or what spreadsheet programs write in many locales. */
export type Delimiter = ',' | ';' | '\t' | '|';

/**
 * An incremental RFC 4180 parser (comma or another delimiter, `"` quoting with `""` escapes, LF or CRLF, optional BOM,
 * line breaks inside quoted fields) that knows the physical line every record starts on.
 * PapaParse does not report per-row positions, so line numbers for error messages would need a
 * second scan; this parser gets them for free and reuses one field array, which keeps it faster
 * than PapaParse on large exports (see test/bench/import.bench.ts).
 */
export class CsvParser {
  readonly #onRow: RowSink;
  readonly #fileName: string;
  readonly #delimiter: Delimiter;
  readonly #delimiterCode: number;
  readonly #fields: string[] = [];
  #pending = '';
  #line = 1;
  #started = false;

  constructor(fileName: string, onRow: RowSink, delimiter: Delimiter = ',') {
    this.#fileName = fileName;
    this.#onRow = onRow;
    this.#delimiter = delimiter;
    this.#delimiterCode = delimiter.charCodeAt(0);
  }

  /** The physical line the next record starts on. */
  get line(): number {
    return this.#line;
  }

  push(chunk: string): void {
    this.#parse(this.#pending.length > 0 ? this.#pending + chunk : chunk, false);
  }

  end(): void {
    this.#parse(this.#pending, true);
    this.#pending = '';
  }

  #parse(text: string, final: boolean): void {
    let s = text;
    if (!this.#started && s.length > 0) {
      this.#started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const n = s.length;
    const fields = this.#fields;
    let pos = 0;
    const delimiter = this.#delimiter;
    const delimiterCode = this.#delimiterCode;
    let nextComma = s.indexOf(delimiter);
    let nextNl = s.indexOf('\n');
    this.#pending = '';
    while (pos < n) {
      const rowStart = pos;
      let count = 0;
      let extraLines = 0;
      for (;;) {
        if (s.charCodeAt(pos) === QUOTE) {
          let search = pos + 1;
          let escaped = false;
          let close: number;
          for (;;) {
            close = s.indexOf('"', search);
            if (close === -1 || (close + 1 === n && !final)) {
              if (!final) {
                this.#pending = s.slice(rowStart);
                return;
              }
              throw this.#syntaxError(this.#line, 'csvUnterminatedQuote', 'a quoted field is never closed (the file may be cut short)');
            }
            if (s.charCodeAt(close + 1) === QUOTE) {
              escaped = true;
              search = close + 2;
              continue;
            }
            break;
          }
          let value = s.slice(pos + 1, close);
          if (escaped) value = value.replaceAll('""', '"');
          for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) extraLines++;
          fields[count++] = value;
          pos = close + 1;
          const next = s.charCodeAt(pos);
          if (next === delimiterCode) {
            pos++;
            continue;
          }
          if (pos === n || next === LF || next === CR) {
            if (next === CR) {
              if (pos + 1 === n && !final) {
                this.#pending = s.slice(rowStart);
                return;
              }
              pos += s.charCodeAt(pos + 1) === LF ? 2 : 1;
            } else if (next === LF) {
              pos++;
            }
            break;
          }
          throw this.#syntaxError(this.#line + extraLines, 'csvTextAfterQuote', 'there is text right after the closing quote of a field');
        }
        if (nextComma !== -1 && nextComma < pos) nextComma = s.indexOf(delimiter, pos);
        if (nextNl !== -1 && nextNl < pos) nextNl = s.indexOf('\n', pos);
        if (nextComma !== -1 && (nextComma < nextNl || nextNl === -1)) {
          fields[count++] = s.slice(pos, nextComma);
          pos = nextComma + 1;
          continue;
        }
        if (nextNl !== -1) {
          const end = nextNl > pos && s.charCodeAt(nextNl - 1) === CR ? nextNl - 1 : nextNl;
          fields[count++] = s.slice(pos, end);
          pos = nextNl + 1;
          break;
        }
        if (!final) {
          this.#pending = s.slice(rowStart);
          return;
        }
        const end = n > pos && s.charCodeAt(n - 1) === CR ? n - 1 : n;
        fields[count++] = s.slice(pos, end);
        pos = n;
        break;
      }
      this.#onRow(fields, count, this.#line);
      this.#line += 1 + extraLines;
    }
  }

  #syntaxError(line: number, key: string, reason: string): AppError {
    return new AppError('bad_file', `${this.#fileName} line ${line}: ${reason}.`, {
      messageKey: `imports:errors.${key}`,
      params: { file: this.#fileName, line },
      file: this.#fileName,
      line,
    });
  }
}
