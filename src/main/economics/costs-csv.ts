import { basename } from 'node:path';
import Papa from 'papaparse';
import type { ProductCost } from '../../shared/domain/economics.ts';
import { fail, parseSpendAmount, readSmallFile } from './spend-csv.ts';

const PRODUCT_HEADERS = ['sku', 'product title', 'product', 'title'];
const COST_HEADERS = ['unit cost', 'unit_cost', 'cost'];

/**
 * Reads a costs file (`sku or product title, unit cost`; docs/formats.md, "Product costs"): one row per product,
 * named by its SKU or its title; any bad cell stops it with its line and column.
 */
export function readCostsCsv(path: string): ProductCost[] {
  const file = basename(path);
  const text = readSmallFile(path, file).replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const productColumn = names.findIndex((n) => PRODUCT_HEADERS.includes(n));
  const costColumn = names.findIndex((n) => COST_HEADERS.includes(n));
  if (productColumn < 0 || costColumn < 0) fail(file, 1, undefined, 'is not a costs file: expected a column sku (or product title) and a column unit cost', 'notCostsFile');
  const costs = new Map<string, ProductCost>();
  rows.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const line = i + 2;
    const product = (row[productColumn] ?? '').trim();
    if (product === '' || product.length > 300) fail(file, line, names[productColumn], 'a SKU or product title (1 to 300 characters) is needed', 'badProduct');
    const cost = parseSpendAmount(row[costColumn] ?? '');
    if (cost === null || cost < 0) fail(file, line, names[costColumn], `"${row[costColumn] ?? ''}" is not an amount of money`, 'badAmount', { value: row[costColumn] ?? '' });
    costs.set(product.toLowerCase(), { product, unitCost: cost });
  });
  return [...costs.values()];
}
