/**
 * A 64-bit FNV-1a style hash (two 32-bit lanes) of a list of values, as 16 hex digits: strings by their
 * characters, numbers by value, each value closed by a separator so ('ab', 'c') and ('a', 'bc') differ.
 * Used to tell an unchanged order or customer from a changed one on re-import without storing its full
 * text twice. Numbers are mixed in as numbers: turning every amount and timestamp into text first made
 * this the costliest step of reading an order.
 */
export function fingerprint(values: readonly unknown[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ values.length;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === 'string') {
      for (let k = 0; k < value.length; k++) {
        const c = value.charCodeAt(k);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
      }
    } else if (typeof value === 'number') {
      const low = value | 0;
      const high = Math.floor(value / 4294967296) | 0;
      const fraction = value === Math.floor(value) ? 0 : Math.round((value - Math.floor(value)) * 1e9);
      a = Math.imul(Math.imul(Math.imul(a ^ low, 0x01000193) ^ high, 0x01000193) ^ fraction, 0x01000193);
      b = Math.imul(Math.imul(Math.imul(b ^ low, 0x5bd1e995) ^ high, 0x5bd1e995) ^ fraction, 0x5bd1e995);
    } else if (value !== null && value !== undefined) {
      throw new TypeError(`cannot fingerprint a ${typeof value}`);
    }
    const tag = value === null || value === undefined ? 0x10000 : typeof value === 'number' ? 0x10001 : 0x10002;
    a = Math.imul(a ^ tag, 0x01000193);
    b = Math.imul(b ^ tag, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
