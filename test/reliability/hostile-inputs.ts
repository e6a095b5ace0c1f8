import fc from 'fast-check';
import { z } from 'zod';

/**
 * Inputs an attacker (or a broken renderer) could send through IPC or the test host. Only values
 * that survive structured clone or JSON are generated: those are the only ones that can arrive.
 */

export const SQL_FRAGMENTS = [
  "'; DROP TABLE orders; --",
  '1; DELETE FROM customers',
  "' OR '1'='1",
  '") UNION SELECT sql FROM sqlite_schema --',
  "ATTACH DATABASE '/tmp/evil.db' AS evil",
  'PRAGMA writable_schema = ON',
];

/** Places the user never chose: system files, devices, traversal, other shares and URL forms. */
export const FOREIGN_PATHS = [
  '/etc/passwd',
  '/etc/shadow',
  '/proc/self/environ',
  '../../',
  '../../../../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'C:\\Windows\\System32\\config\\SAM',
  '\\\\attacker\\share\\orders.csv',
  'file:///etc/passwd',
  '~/.ssh/id_rsa',
  '/',
];

/** Files that never end or never answer: a reader must check it has a regular file before reading. */
export const DEVICE_PATHS = ['/dev/zero', '/dev/urandom'];

export const HUGE_STRING = 'A'.repeat(1_100_000);

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

export const DEEP_ARRAY = nested(20_000, (inner) => [inner]);
export const DEEP_OBJECT = nested(20_000, (inner) => ({ a: inner }));
const HUGE_ARRAY = Array.from({ length: 200_000 }, (_, i) => i);
/** `{"__proto__": ...}` as JSON.parse (and structured clone) build it: an own key, not a prototype. */
export const PROTO_OBJECT = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...SQL_FRAGMENTS, ...FOREIGN_PATHS, '', ' ', '\0', '/tmp/orders.csv\0.png', 'orders\0; rm -rf ~', HUGE_STRING, '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 💥', '\u202eexe.csv'),
);

/** Any single hostile value: wrong types, huge or nested structures, SQL and path strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(null, true, false, 0, -1, 2 ** 53, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e308, 10n ** 30n),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom(DEEP_ARRAY, DEEP_OBJECT, HUGE_ARRAY, PROTO_OBJECT),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'hasOwnProperty'];

/** The keys of a request's input object (empty when the schema is not an object). */
export function inputKeys(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function objectFrom(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries);
}

/**
 * Inputs for one request: a non-object, an object whose known keys hold hostile values, or an
 * object with unknown keys (prototype keys among them). Most are invalid; the few that pass the
 * schema (e.g. an SQL fragment in a free-text field) exercise the handler itself.
 */
export function hostileInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = inputKeys(schema);
  const knownKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('input');
  const unknownKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k)));
  return fc.oneof(
    fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.array(hostileValue, { maxLength: 3 }), fc.constantFrom(DEEP_ARRAY, HUGE_ARRAY)),
    fc.array(fc.tuple(knownKey, hostileValue), { minLength: 1, maxLength: 3 }).map(objectFrom),
    fc.tuple(fc.array(fc.tuple(knownKey, hostileValue), { maxLength: 2 }), unknownKey, hostileValue).map(([known, key, value]) => objectFrom([...known, [key, value]])),
  );
}

/** Request names that are not in the contract, including ones that look like it or like Object's own keys. */
export function foreignRequestName(known: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(...PROTOTYPE_KEYS, 'valueOf', '', ' app.info', 'APP.INFO', 'app.info\0', 'app.info.', 'imports.run;DROP', 'db.exec', 'sql.run', HUGE_STRING),
    fc.string({ maxLength: 30 }).filter((s) => !known.includes(s)),
    fc.constantFrom<unknown>(null, undefined, 42, true, ['app.info'], { name: 'app.info' }, PROTO_OBJECT),
  );
}

/** A short, printable description of a hostile input for failure reports. */
export function describeInput(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text;
  } catch (error) {
    return `<${(error as Error).message}>`;
  }
}
