/**
 * A 64-bit hash (an FNV-1a lane and a multiply-by-31 lane, 32 bits each) of a list of values, as 16 hex
 * digits: strings by their characters, numbers by value, each value closed by a separator so ('ab', 'c')
 * and ('a', 'bc') differ. Used to tell an unchanged order or customer from a changed one on re-import
 * without storing its full text twice. Numbers are mixed in as numbers (turning every amount and
 * timestamp into text first was the costliest step of reading an order), and the second lane is the
 * cheap one: this runs over every character of every order.
 */
export function fingerprint(values: readonly unknown[]): string {
  let a = 0x811c9dc5;
  let b = values.length;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let tag = 0x10000;
    if (typeof value === 'string') {
      tag = 0x10002;
      for (let k = 0; k < value.length; k++) {
        const c = value.charCodeAt(k);
        a = Math.imul(a ^ c, 0x01000193);
        b = (Math.imul(b, 31) + c) | 0;
      }
    } else if (typeof value === 'number') {
      tag = 0x10001;
      const whole = Math.floor(value);
      const low = whole | 0;
      const high = Math.floor(whole / 4294967296) | 0;
      const fraction = Math.round((value - whole) * 1e9);
      a = Math.imul(Math.imul(Math.imul(a ^ low, 0x01000193) ^ high, 0x01000193) ^ fraction, 0x01000193);
      b = (Math.imul((Math.imul((Math.imul(b, 31) + low) | 0, 31) + high) | 0, 31) + fraction) | 0;
    } else if (value !== null && value !== undefined) {
      throw new TypeError(`cannot fingerprint a ${typeof value}`);
    }
    a = Math.imul(a ^ tag, 0x01000193);
    b = (Math.imul(b, 31) + tag) | 0;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
