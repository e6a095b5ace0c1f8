import { fileRefusal } from '../file-error.ts';

/** The encodings a CSV file can be read in. */
export type TextEncoding = 'utf8' | 'utf16le' | 'windows1252';

/**
 * Whether the sample holds a byte that cannot be part of valid UTF-8 (a stray continuation byte, a lead
 * byte without its continuations, an over-long or out-of-range form), and whether it holds at least one
 * complete multi-byte UTF-8 sequence. A sequence cut off at the sample's end counts as neither.
 */
function scanUtf8(sample: Uint8Array): { invalid: boolean; multiByte: boolean } {
  let invalid = false;
  let multiByte = false;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid = true;
      continue;
    }
    if (i + length > sample.length) break;
    let ok = true;
    for (let k = 1; k < length; k++) if ((sample[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok && length === 3 && ((b === 0xe0 && sample[i + 1] < 0xa0) || (b === 0xed && sample[i + 1] >= 0xa0))) ok = false;
    if (ok && length === 4 && ((b === 0xf0 && sample[i + 1] < 0x90) || (b === 0xf4 && sample[i + 1] >= 0x90))) ok = false;
    if (ok) {
      multiByte = true;
      i += length - 1;
    } else {
      invalid = true;
    }
  }
  return { invalid, multiByte };
}

/**
 * The text encoding of a file, decided once from a sample of its first bytes:
 * - a UTF-16 little-endian BOM, or the zero bytes of UTF-16LE ASCII text: UTF-16LE ("Unicode text" from a
 *   spreadsheet program); UTF-16 big-endian is refused by name;
 * - a UTF-8 BOM: UTF-8;
 * - bytes that are not valid UTF-8 and not one valid multi-byte UTF-8 sequence: Windows-1252, what
 *   Excel on Windows and older shop plugins write in Western Europe and the Americas;
 * - anything else: UTF-8 (a UTF-8 file with the odd broken byte is still UTF-8).
 */
export function sniffEncoding(sample: Uint8Array, fileName: string): TextEncoding {
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample.length >= 4 && sample[1] === 0 && sample[3] === 0 && sample[0] !== 0 && sample[2] !== 0) return 'utf16le';
  if ((sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff) || (sample.length >= 4 && sample[0] === 0 && sample[2] === 0 && sample[1] !== 0)) {
    throw fileRefusal(fileName, 'utf16be', 'the file is saved as UTF-16 big-endian text; save it as CSV (UTF-8) or export it again from the shop');
  }
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  const { invalid, multiByte } = scanUtf8(sample);
  return invalid && !multiByte ? 'windows1252' : 'utf8';
}

/**
 * Turns a file's chunks into the UTF-8 bytes the parser reads: UTF-8 passes through as it is, UTF-16LE and
 * Windows-1252 are decoded (a character split between two chunks is kept for the next) and re-encoded.
 */
export class Utf8Transcoder {
  readonly #decoder: TextDecoder | null;

  constructor(encoding: TextEncoding) {
    this.#decoder = encoding === 'utf8' ? null : new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'windows-1252');
  }

  write(chunk: Buffer): Buffer {
    return this.#decoder === null ? chunk : Buffer.from(this.#decoder.decode(chunk, { stream: true }), 'utf8');
  }

  end(): Buffer {
    return this.#decoder === null ? Buffer.alloc(0) : Buffer.from(this.#decoder.decode(), 'utf8');
  }
}
