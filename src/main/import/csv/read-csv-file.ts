import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CsvParser, type RowSink } from './csv-parser.ts';

export interface CsvFileStats {
  totalBytes: number;
  /** SHA-256 of the raw bytes, hex. */
  contentHash: string;
  /** Physical lines in the file. */
  lines: number;
}

export interface ReadCsvOptions {
  fileName: string;
  onRow: RowSink;
  /** Called after each chunk with the bytes read so far. */
  onChunk?(bytesRead: number, totalBytes: number): void;
  signal?: AbortSignal;
  /** Stop after this many records (for previews). */
  maxRows?: number;
}

const CHUNK_BYTES = 1 << 20;

class EnoughRows extends Error {}

/**
 * Streams a UTF-8 CSV file through the parser one chunk at a time, so memory stays bounded
 * whatever the file size; rows are handled synchronously inside each chunk. Throws an
 * AbortError as soon as `signal` is aborted.
 */
export async function readCsvFile(path: string, options: ReadCsvOptions): Promise<CsvFileStats> {
  const stat = statSync(path);
  // A device or a pipe (/dev/zero, a FIFO) would be read forever: only regular files are CSV files.
  if (!stat.isFile()) throw new Error(`${path} is not a regular file`);
  const totalBytes = stat.size;
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let rows = 0;
  const limit = options.maxRows ?? Infinity;
  const parser = new CsvParser(options.fileName, (fields, count, line) => {
    options.onRow(fields, count, line);
    if (++rows >= limit) throw new EnoughRows();
  });
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let bytesRead = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      hash.update(chunk);
      bytesRead += chunk.length;
      parser.push(decoder.write(chunk));
      options.onChunk?.(bytesRead, totalBytes);
    }
    options.signal?.throwIfAborted();
    parser.push(decoder.end());
    parser.end();
  } catch (error) {
    if (!(error instanceof EnoughRows)) throw error;
  } finally {
    stream.destroy();
  }
  return { totalBytes, contentHash: hash.digest('hex'), lines: parser.line - 1 };
}
