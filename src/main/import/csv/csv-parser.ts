import { AppError } from '../../../shared/api/envelope.ts';

/**
 * Receives each record: `fields[0..count)` hold its values (the array is reused between calls, so
 * copy what you keep), `line` is the 1-based physical line the record starts on.
 */
export type RowSink = (fields: string[], count: number, line: number) => void;

/** What the parser changed in a record's fields so they are safe to keep: told once per record and kind. */
export type Cleanup = 'controlCharacters' | 'invalidBytes' | 'longField';
export type CleanupSink = (cleanup: Cleanup, line: number) => void;

/** A field is cut to this many characters (no shop writes names, addresses or ids anywhere near this long). */
export const MAX_FIELD_CHARS = 10_000;

/** C0 control characters but tab, line feed and carriage return, and DEL: removed from every field. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const TAB = 9;
const FIRST_NON_ASCII = 0x80;
const CONTROL = 1;
const INVALID_BYTES = 2;
const LONG = 4;

/** Field separators a CSV may use: comma, or what spreadsheet programs write in many locales. */
export type Delimiter = ',' | ';' | '\t' | '|';

/**
 * Whether the field's bytes hold a control character (C0 but tab, line feed and carriage return; DEL). Only
 * the fields an import reads are scanned, in a loop of their own: a check in the record scan itself made
 * the parser a third slower.
 */
function hasControlByte(buf: Buffer, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = buf[p];
    if (c < 32 ? c !== TAB && c !== LF && c !== CR : c === 127) return true;
  }
  return false;
}

/** A record may span chunks; one longer than this is a quote that is never closed, not data. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/**
 * An incremental RFC 4180 parser over UTF-8 bytes (comma or another delimiter, `"` quoting with `""`
 * escapes, LF or CRLF, optional BOM, line breaks inside quoted fields) that knows the physical line
 * every record starts on. It scans bytes and turns into strings only the fields the reader asks for
 * (`readOnly`), which keeps it well ahead of PapaParse on wide exports whose importers read a third of
 * the columns (see test/bench/import.bench.ts); PapaParse also reports no per-row line numbers.
 */
export class CsvParser {
  readonly #onRow: RowSink;
  readonly #fileName: string;
  readonly #delimiter: number;
  readonly #fields: string[] = [];
  #starts = new Int32Array(128);
  #ends = new Int32Array(128);
  #escaped = new Uint8Array(128);
  #charStarts = new Int32Array(128);
  #charEnds = new Int32Array(128);
  #wanted: Uint8Array | null = null;
  #pending: Buffer | null = null;
  #line = 1;
  #started = false;
  readonly #onCleanup: CleanupSink;

  /**
   * `onCleanup` hears of every record whose fields were changed: control characters (NUL and the like)
   * removed, bytes that are not UTF-8 replaced by U+FFFD, a field over MAX_FIELD_CHARS cut to that length.
   */
  constructor(fileName: string, onRow: RowSink, delimiter: Delimiter = ',', onCleanup: CleanupSink = () => undefined) {
    this.#fileName = fileName;
    this.#onRow = onRow;
    this.#delimiter = delimiter.charCodeAt(0);
    this.#onCleanup = onCleanup;
  }

  /** The physical line the next record starts on. */
  get line(): number {
    return this.#line;
  }

  /** From the next record on, only these columns are turned into text; the others read as ''. */
  readOnly(columns: readonly number[]): void {
    const wanted = new Uint8Array(Math.max(0, ...columns) + 1);
    for (const c of columns) if (c >= 0) wanted[c] = 1;
    this.#wanted = wanted;
  }

  push(chunk: Buffer): void {
    const pending = this.#pending;
    this.#parse(pending === null ? chunk : Buffer.concat([pending, chunk]), false);
  }

  end(): void {
    const pending = this.#pending;
    this.#pending = null;
    if (pending !== null) this.#parse(pending, true);
  }

  #parse(chunk: Buffer, final: boolean): void {
    let buf = chunk;
    if (!this.#started && buf.length > 0) {
      if (buf.length < 3 && !final) {
        this.#pending = buf;
        return;
      }
      this.#started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const n = buf.length;
    const delimiter = this.#delimiter;
    this.#pending = null;
    let pos = 0;
    while (pos < n) {
      const rowStart = pos;
      let count = 0;
      let extraLines = 0;
      let nonAscii = false;
      for (;;) {
        if (count === this.#starts.length) this.#grow();
        if (pos < n && buf[pos] === QUOTE) {
          let p = pos + 1;
          let escaped = 0;
          for (;;) {
            for (; p < n; p++) {
              const c = buf[p];
              if (c === QUOTE) break;
              if (c === LF) extraLines++;
              else if (c >= FIRST_NON_ASCII) nonAscii = true;
            }
            if (p >= n || (p + 1 === n && !final)) {
              if (!final) return this.#keep(buf, rowStart);
              throw this.#syntaxError(this.#line, 'csvUnterminatedQuote', 'a quoted field is never closed (the file may be cut short)');
            }
            if (buf[p + 1] === QUOTE) {
              escaped = 1;
              p += 2;
              continue;
            }
            break;
          }
          this.#starts[count] = pos + 1;
          this.#ends[count] = p;
          this.#escaped[count++] = escaped;
          pos = p + 1;
          const next = buf[pos];
          if (pos < n && next === delimiter) {
            pos++;
            continue;
          }
          if (pos === n) break;
          if (next === LF) {
            pos++;
            break;
          }
          if (next === CR) {
            if (pos + 1 === n && !final) return this.#keep(buf, rowStart);
            pos += buf[pos + 1] === LF ? 2 : 1;
            break;
          }
          throw this.#syntaxError(this.#line + extraLines, 'csvTextAfterQuote', 'there is text right after the closing quote of a field');
        }
        let p = pos;
        for (; p < n; p++) {
          const c = buf[p];
          if (c === delimiter || c === LF) break;
          if (c >= FIRST_NON_ASCII) nonAscii = true;
        }
        if (p < n && buf[p] === delimiter) {
          this.#starts[count] = pos;
          this.#ends[count] = p;
          this.#escaped[count++] = 0;
          pos = p + 1;
          continue;
        }
        if (p === n && !final) return this.#keep(buf, rowStart);
        this.#starts[count] = pos;
        this.#ends[count] = p > pos && buf[p - 1] === CR ? p - 1 : p;
        this.#escaped[count++] = 0;
        pos = p < n ? p + 1 : n;
        break;
      }
      this.#emit(buf, count, nonAscii);
      this.#line += 1 + extraLines;
    }
  }

  /** Turns the wanted fields of the record just scanned into strings and hands them on. */
  #emit(buf: Buffer, count: number, nonAscii: boolean): void {
    const fields = this.#fields;
    const starts = this.#starts;
    const ends = this.#ends;
    const wanted = count === 1 ? null : this.#wanted;
    // The record is decoded once and its fields sliced out: an ASCII record as Latin-1 (byte offsets are
    // character offsets), any other with its offsets counted in UTF-16 units. A record with bytes that are
    // not UTF-8 (where offsets would not line up) is decoded field by field.
    const base = starts[0];
    const end = ends[count - 1];
    const text = nonAscii ? this.#decodeUtf8(buf, count, base, end) : buf.toString('latin1', base, end);
    const from = nonAscii ? this.#charStarts : starts;
    const to = nonAscii ? this.#charEnds : ends;
    const shift = nonAscii ? 0 : base;
    let cleaned = 0;
    for (let i = 0; i < count; i++) {
      if (ends[i] === starts[i] || (wanted !== null && wanted[i] !== 1)) {
        fields[i] = '';
        continue;
      }
      let value = text === null ? buf.toString('utf8', starts[i], ends[i]) : text.slice(from[i] - shift, to[i] - shift);
      if (this.#escaped[i] === 1) value = value.replaceAll('""', '"');
      if (text === null && value.includes('\ufffd')) cleaned |= INVALID_BYTES;
      if (hasControlByte(buf, starts[i], ends[i])) {
        const kept = value.replace(CONTROL_CHARACTERS, '');
        if (kept.length !== value.length) cleaned |= CONTROL;
        value = kept;
      }
      if (ends[i] - starts[i] > MAX_FIELD_CHARS && value.length > MAX_FIELD_CHARS) {
        // Cut before a lone high surrogate, so the text stays well-formed.
        const cut = value.charCodeAt(MAX_FIELD_CHARS - 1) >= 0xd800 && value.charCodeAt(MAX_FIELD_CHARS - 1) <= 0xdbff ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS;
        value = value.slice(0, cut);
        cleaned |= LONG;
      }
      fields[i] = value;
    }
    if (cleaned !== 0) {
      if (cleaned & CONTROL) this.#onCleanup('controlCharacters', this.#line);
      if (cleaned & INVALID_BYTES) this.#onCleanup('invalidBytes', this.#line);
      if (cleaned & LONG) this.#onCleanup('longField', this.#line);
    }
    this.#onRow(fields, count, this.#line);
  }

  /**
   * The record as UTF-8 text, with each field's bounds in #charStarts/#charEnds (UTF-16 units from the
   * record's start), or null when its bytes are not valid UTF-8.
   */
  #decodeUtf8(buf: Buffer, count: number, base: number, end: number): string | null {
    const starts = this.#starts;
    const ends = this.#ends;
    // Bytes minus UTF-16 units so far: one per continuation byte, less one per 4-byte lead (a surrogate pair).
    let surplus = 0;
    let p = base;
    for (let i = 0; i < 2 * count; i++) {
      const field = i >> 1;
      const to = (i & 1) === 0 ? starts[field] : ends[field];
      for (; p < to; p++) {
        const c = buf[p];
        if (c >= FIRST_NON_ASCII) {
          if (c < 0xc0) surplus++;
          else if (c >= 0xf0) surplus--;
        }
      }
      if ((i & 1) === 0) this.#charStarts[field] = to - base - surplus;
      else this.#charEnds[field] = to - base - surplus;
    }
    const text = buf.toString('utf8', base, end);
    // Invalid bytes decode to U+FFFD, each standing for a number of bytes the count above cannot know.
    return text.length === end - base - surplus && !text.includes('\ufffd') ? text : null;
  }

  #keep(buf: Buffer, from: number): void {
    if (buf.length - from > MAX_RECORD_BYTES) {
      throw this.#syntaxError(this.#line, 'csvUnterminatedQuote', 'a quoted field is never closed (the file may be cut short)');
    }
    this.#pending = buf.subarray(from);
  }

  #grow(): void {
    const size = this.#starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.#starts);
    ends.set(this.#ends);
    escaped.set(this.#escaped);
    this.#starts = starts;
    this.#ends = ends;
    this.#escaped = escaped;
    this.#charStarts = new Int32Array(size);
    this.#charEnds = new Int32Array(size);
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
