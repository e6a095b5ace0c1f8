import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { CsvParser, type CleanupSink, type Delimiter, type RowSink } from './csv-parser.ts';
import { sniffEncoding, Utf8Transcoder, type TextEncoding } from './text-encoding.ts';

export interface CsvFileStats {
  totalBytes: number;
  /** SHA-256 of the raw bytes, hex. */
  contentHash: string;
  /** Physical lines in the file. */
  lines: number;
  /** The encoding the file was read in (decided from its first chunk). */
  encoding: TextEncoding;
}

export interface ReadCsvOptions {
  fileName: string;
  onRow: RowSink;
  /** Called after each chunk with the bytes read so far. */
  onChunk?(bytesRead: number, totalBytes: number): void;
  /** Sees each run of UTF-8 bytes before the parser reads its records. */
  onBytes?(bytes: Buffer): void;
  signal?: AbortSignal;
  /** Stop after this many records (for previews). */
  maxRows?: number;
  delimiter?: Delimiter;
  /**
   * Receives the first record instead of `onRow` and answers which columns the rows after it are read
   * for (the others read as '').
   */
  onHeader?(fields: string[], count: number): readonly number[];
  /** Hears of each record whose fields the parser cleaned (csv-parser.ts). */
  onCleanup?: CleanupSink;
}

const CHUNK_BYTES = 1 << 18;

class EnoughRows extends Error {}

/**
 * Streams a CSV file through the parser one chunk at a time, so memory stays bounded whatever the
 * file size; rows are handled synchronously inside each chunk. The encoding is decided once from the
 * first chunk (text-encoding.ts): UTF-8 bytes go to the parser as they are; UTF-16 and Windows-1252 text
 * is re-encoded as UTF-8 first. Throws an AbortError as soon as `signal` is aborted.
 */
export async function readCsvFile(path: string, options: ReadCsvOptions): Promise<CsvFileStats> {
  const stat = statSync(path);
  // A device or a pipe (/dev/zero, a FIFO) would be read forever: only regular files are CSV files.
  if (!stat.isFile()) throw new Error(`${path} is not a regular file`);
  const totalBytes = stat.size;
  const hash = createHash('sha256');
  let encoding: TextEncoding | null = null;
  let transcoder: Utf8Transcoder | null = null;
  let rows = 0;
  const limit = options.maxRows ?? Infinity;
  let onHeader = options.onHeader;
  const parser = new CsvParser(options.fileName, (fields, count, line) => {
    if (onHeader) {
      parser.readOnly(onHeader(fields, count));
      onHeader = undefined;
      return;
    }
    options.onRow(fields, count, line);
    if (++rows >= limit) throw new EnoughRows();
  }, options.delimiter, options.onCleanup);
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let bytesRead = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      hash.update(chunk);
      bytesRead += chunk.length;
      encoding ??= sniffEncoding(chunk, options.fileName);
      transcoder ??= new Utf8Transcoder(encoding);
      const bytes = transcoder.write(chunk);
      options.onBytes?.(bytes);
      parser.push(bytes);
      options.onChunk?.(bytesRead, totalBytes);
    }
    options.signal?.throwIfAborted();
    const rest = transcoder?.end();
    if (rest && rest.length > 0) {
      options.onBytes?.(rest);
      parser.push(rest);
    }
    parser.end();
  } catch (error) {
    if (!(error instanceof EnoughRows)) throw error;
  } finally {
    stream.destroy();
  }
  return { totalBytes, contentHash: hash.digest('hex'), lines: parser.line - 1, encoding: encoding ?? 'utf8' };
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * The field separator of a file, from its first line: the comma unless another candidate
 * (`;` from a spreadsheet in many European locales, tab, `|`) occurs more often there.
 */
export function detectDelimiter(path: string, fileName: string): Delimiter {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const length = readSync(fd, head, 0, head.length, 0);
    if (length === 0) return ',';
    const bytes = head.subarray(0, length);
    const text = new Utf8Transcoder(sniffEncoding(bytes, fileName)).write(bytes).toString('utf8');
    const end = text.indexOf('\n');
    const firstLine = end < 0 ? text : text.slice(0, end);
    const counts = DELIMITERS.map((d) => firstLine.split(d).length - 1);
    const best = counts.indexOf(Math.max(...counts));
    return counts[best] > counts[0] ? DELIMITERS[best] : ',';
  } finally {
    closeSync(fd);
  }
}
