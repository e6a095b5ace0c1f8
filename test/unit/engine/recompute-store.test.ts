import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recompute, recomputeSteps } from '../../../src/main/recompute/recompute.ts';
import { readReport } from '../../../src/main/engine/read/state.ts';
import { listCustomers } from '../../../src/main/engine/read/customer-list.ts';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import type { CohortRow } from '../../../src/shared/domain/lifecycle.ts';

const steps = recomputeSteps.filter((step) => step.name !== 'model');

describe('stored results of a full and an incremental recompute', () => {
  let shop: ShopBuilder;
  beforeEach(() => {
    shop = createShop();
    const tea = (product: string, price: number) => ({ lines: [{ product, price }] });
    const ann = shop.customer({ email: 'ann@example.com' });
    const bo = shop.customer({ email: 'bo@example.com' });
    const cy = shop.customer({ email: 'cy@example.com' });
    shop.customer({ email: 'dee@example.com', fromCustomersExport: true });
    shop.order(ann, '2024-01-05', tea('Teapot', 40));
    shop.order(ann, '2024-02-10', tea('Green tea', 20));
    shop.order(bo, '2024-01-20', { lines: [{ product: 'Cups', price: 15 }, { product: 'Teapot', price: 40 }] });
    shop.order(cy, '2024-03-01', tea('Green tea', 20));
  });
  afterEach(() => shop.dispose());

  const productCohorts = () => readReport<CohortRow[]>(shop.db, 'cohorts.product', []).map((r) => [r.key, r.customers]);

  it('keeps first products and their cohorts the same whether every row was just written or read back', () => {
    recompute(shop.db, { full: true, steps });
    const afterFull = productCohorts();
    expect(afterFull).toEqual([
      ['Cups', 1],
      ['Green tea', 1],
      ['Teapot', 1],
    ]);
    recompute(shop.db, { steps });
    expect(productCohorts()).toEqual(afterFull);
    const rows = listCustomers(shop.db, { offset: 0, limit: 10, sort: 'firstPurchase', direction: 'asc' }).rows;
    expect(rows.map((r) => [r.email, r.firstProduct, r.firstPurchase, r.lastPurchase, r.cohortMonth, r.averageOrderValue])).toEqual([
      ['dee@example.com', null, null, null, null, null],
      ['ann@example.com', 'Teapot', '2024-01-05', '2024-02-10', '2024-01', 30],
      ['bo@example.com', 'Cups', '2024-01-20', '2024-01-20', '2024-01', 55],
      ['cy@example.com', 'Green tea', '2024-03-01', '2024-03-01', '2024-03', 20],
    ]);
  });
});
