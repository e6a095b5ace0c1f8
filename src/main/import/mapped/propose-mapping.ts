import type { Columns } from '../columns.ts';
import { guessDateFormat } from '../values/dates.ts';
import { parseMoneyCents } from '../values/money.ts';
import type { ColumnMapping, MappingField } from '../../../shared/domain/imports.ts';

/** Header words that suggest each field, strongest first. Headers are compared lower-cased, `_-.#` as spaces. */
const HINTS: [MappingField, RegExp[]][] = [
  ['email', [/\be ?mail\b/]],
  ['phone', [/\b(phone|mobile|cell|tel)\b/]],
  ['orderId', [/^(order|order (id|number|no|nr|ref)|invoice( (id|number|no))?|receipt( (id|number|no))?|transaction( id)?|txn( id)?|sale id)$/]],
  ['customerId', [/^(customer|client|buyer|member|user)( (id|number|no|nr|key|ref|user id))?$/]],
  ['date', [/\b(order date|sale date|date)\b/, /\b(created|time|timestamp|day|datum|fecha)\b/, /\b(sold|ordered|purchased|paid)( on| at)?$/]],
  ['amount', [/\b(order )?total\b/, /\bamount\b/, /\b(revenue|sales|value|paid|sum|gross|net)\b/]],
  ['fullName', [/^(name|full name|customer name|buyer name|client name)$/]],
  ['firstName', [/\b(first ?name|given name)\b/]],
  ['lastName', [/\b(last ?name|surname|family name)\b/]],
  ['status', [/\b(status|state)\b/]],
  ['refunded', [/\brefund/]],
  ['currency', [/\bcurrency\b/]],
  ['quantity', [/\b(qty|quantity|units)\b/]],
  ['sku', [/\bsku\b/]],
  ['price', [/\b(unit price|item price|price)\b/]],
  ['product', [/\b(product|item name|item|title|description)\b/]],
  ['acceptsMarketing', [/\b(accepts? marketing|consent|newsletter|opt ?in)\b/]],
];

const normalize = (header: string) => header.toLowerCase().replace(/[_\-.#]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Proposes which column is which from the header names, checked against sample values: the date
 * column must hold dates in one known format, the amount column amounts of money.
 */
export function proposeMapping(columns: Columns, samples: readonly (readonly string[])[]): ColumnMapping {
  const names = columns.headers.map(normalize);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const valuesOf = (i: number) => samples.map((r) => r[i] ?? '').filter((v) => v.trim() !== '');
  const fits: Partial<Record<MappingField, (i: number) => boolean>> = {
    date: (i) => guessDateFormat(valuesOf(i)).candidates.length > 0,
    amount: (i) => valuesOf(i).length > 0 && valuesOf(i).every((v) => parseMoneyCents(v) !== null),
    email: (i) => valuesOf(i).some((v) => v.includes('@')),
  };
  for (const [field, patterns] of HINTS) {
    for (const pattern of patterns) {
      const index = names.findIndex((n, i) => !used.has(i) && pattern.test(n) && (fits[field]?.(i) ?? true));
      if (index >= 0) {
        mapping[field] = columns.name(index);
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}
