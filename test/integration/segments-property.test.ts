import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recompute } from '../../src/main/recompute/recompute.ts';
import { segmentAsOfDay, segmentCustomerIds } from '../../src/main/engine/read/segment-sql.ts';
import { dayNumber } from '../../src/main/engine/days.ts';
import { formatSegment, parseSegment, SEGMENT_FIELDS, type SegmentDay, type SegmentField, type SegmentNode, type SegmentOperator, type SegmentValue } from '../../src/shared/domain/segment-language.ts';
import { RFM_SEGMENTS, STAGES } from '../../src/shared/domain/lifecycle.ts';
import { createShop, type ShopBuilder } from '../support/shop-builder.ts';
import { SeededRandom } from '../fixtures/seeded-random.ts';

const PRODUCTS = ['Green Tea', 'Teapot', 'Matcha "Gold"'];
const CODES = ['WELCOME', 'spring10'];
const COUNTRIES = ['US', 'DE', 'vn'];
const CITIES = ['Lyon', 'Hà Nội', 'New York'];
const TAGS = ['wholesale', 'VIP club', 'newsletter'];

/** 80 customers with mixed consent, places, tags, products, codes, refunds and days, one merged duplicate, and prospects. */
function buildShop(): ShopBuilder {
  const shop = createShop();
  const seeded = new SeededRandom(19);
  const random = () => seeded.next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const maybe = <T>(value: T, chance = 0.7): T | null => (random() < chance ? value : null);
  shop.batch(() => {
    const ids: number[] = [];
    for (let i = 0; i < 80; i += 1) {
      const tags = TAGS.filter(() => random() < 0.35);
      const id = shop.customer({
        email: `c${i}@example.com`,
        country: maybe(pick(COUNTRIES)),
        city: maybe(pick(CITIES)),
        acceptsEmail: pick([true, false, null]),
        acceptsSms: pick([true, false, null]),
        tags: tags.length ? tags.join(', ') : null,
        fromCustomersExport: i % 10 === 9,
      });
      ids.push(id);
      if (i % 10 === 9) continue;
      const orders = 1 + Math.floor(random() * 4);
      for (let k = 0; k < orders; k += 1) {
        const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10);
        const price = Math.round(5 + random() * 120);
        shop.order(id, day, {
          lines: [{ product: pick(PRODUCTS), price }],
          discountCode: maybe(pick(CODES), 0.3),
          refunded: random() < 0.1 ? price : 0,
          isPurchase: random() > 0.05,
        });
      }
    }
    const duplicate = shop.customer({ email: 'dup@example.com', mergedInto: ids[0], tags: 'ignored' });
    shop.order(duplicate, '2025-06-01', { lines: [{ product: 'Teapot', price: 40 }], discountCode: 'MERGED' });
  });
  recompute(shop.db);
  return shop;
}

interface Person {
  id: number;
  stage: string;
  segment: string | null;
  purchases: number;
  orders: number;
  net_cents: number;
  aov_cents: number | null;
  first_day: string | null;
  last_day: string | null;
  country: string | null;
  city: string | null;
  accepts_email: number | null;
  accepts_sms: number | null;
  vip: number;
  tags: string | null;
  p_alive: number | null;
  clv_cents: number | null;
  first_product: string | null;
  /** Counted purchases with their day, products and discount code; every order's store. */
  purchases_list: { day: string; products: string[]; code: string | null }[];
  platforms: string[];
}

function loadPeople(shop: ShopBuilder): Person[] {
  const people = shop.db
    .prepare(
      `SELECT m.customer_id AS id, m.stage, m.segment, m.purchases, m.orders, m.net_cents, m.aov_cents, m.first_day, m.last_day,
              c.country, c.city, c.accepts_email_marketing AS accepts_email, c.accepts_sms_marketing AS accepts_sms, m.vip, c.tags,
              mp.p_alive, mp.clv_12_cents AS clv_cents, m.first_product
         FROM lifecycle_customers m JOIN customers c ON c.id = m.customer_id LEFT JOIN model_predictions mp ON mp.customer_id = m.customer_id`,
    )
    .all() as Omit<Person, 'purchases_list' | 'platforms'>[];
  const orders = shop.db
    .prepare(
      `SELECT coalesce(c.merged_into, c.id) AS root, o.id, o.created_day AS day, o.discount_code AS code, o.platform, o.is_purchase, o.refunded_cents, o.net_cents
         FROM orders o JOIN customers c ON c.id = o.customer_id`,
    )
    .all() as { root: number; id: number; day: string; code: string | null; platform: string; is_purchase: number; refunded_cents: number; net_cents: number }[];
  const lines = shop.db.prepare('SELECT order_id, product_title FROM line_items').all() as { order_id: number; product_title: string }[];
  return people.map((p) => {
    const own = orders.filter((o) => o.root === p.id);
    const counted = own.filter((o) => o.is_purchase === 1 && !(o.refunded_cents > 0 && o.net_cents <= 0));
    return {
      ...p,
      purchases_list: counted.map((o) => ({ day: o.day, code: o.code, products: lines.filter((l) => l.order_id === o.id).map((l) => l.product_title) })),
      platforms: own.map((o) => o.platform),
    };
  });
}

/** Equal ignoring the case of A to Z only, as SQLite's NOCASE. */
const sameText = (a: string, b: string) => a.replace(/[A-Z]/g, (c) => c.toLowerCase()) === b.replace(/[A-Z]/g, (c) => c.toLowerCase());

function holds(op: SegmentOperator, a: number | string, b: number | string): boolean {
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
}

/** The rule evaluated in plain JavaScript over one customer, following docs/segments.md. */
function matches(node: SegmentNode, p: Person, asOfDay: number): boolean {
  const dayOf = (v: SegmentDay) => ('day' in v ? dayNumber(v.day) : asOfDay - v.daysAgo);
  const compare = (field: SegmentField, op: SegmentOperator, value: SegmentValue): boolean => {
    const number = (x: number | null, v: number) => x !== null && holds(op, x, v);
    const text = (x: string | null) => x !== null && (op === '=' ? sameText(x, value as string) : !sameText(x, value as string));
    const any = (has: boolean) => (op === '=' ? has : !has);
    switch (field) {
      case 'stage': return holds(op, p.stage, value as string);
      case 'rfm_segment': return p.segment !== null && holds(op, p.segment, value as string);
      case 'purchases': return holds(op, p.purchases, value as number);
      case 'orders': return holds(op, p.orders, value as number);
      case 'net_value': return holds(op, p.net_cents, Math.round((value as number) * 100));
      case 'aov': return number(p.aov_cents, Math.round((value as number) * 100));
      case 'predicted_value_12m': return number(p.clv_cents, Math.round((value as number) * 100));
      case 'p_alive': return number(p.p_alive, value as number);
      case 'first_purchase': return number(p.first_day === null ? null : dayNumber(p.first_day), dayOf(value as SegmentDay));
      case 'last_purchase': return number(p.last_day === null ? null : dayNumber(p.last_day), dayOf(value as SegmentDay));
      case 'days_since_last': return number(p.last_day === null ? null : asOfDay - dayNumber(p.last_day), value as number);
      case 'country': return text(p.country);
      case 'city': return text(p.city);
      case 'first_product': return text(p.first_product);
      case 'accepts_email': return holds(op, p.accepts_email ?? 0, value ? 1 : 0);
      case 'accepts_sms': return holds(op, p.accepts_sms ?? 0, value ? 1 : 0);
      case 'vip': return holds(op, p.vip, value ? 1 : 0);
      case 'tag': return any((p.tags ?? '').split(',').some((t) => t.trim().toLowerCase() === (value as string).trim().toLowerCase()) && p.tags !== null);
      case 'discount_code': return any(p.purchases_list.some((o) => o.code !== null && sameText(o.code, value as string)));
      case 'source': return any(p.platforms.some((s) => sameText(s, value as string)));
    }
  };
  switch (node.kind) {
    case 'and': return matches(node.left, p, asOfDay) && matches(node.right, p, asOfDay);
    case 'or': return matches(node.left, p, asOfDay) || matches(node.right, p, asOfDay);
    case 'not': return !matches(node.operand, p, asOfDay);
    case 'in': return node.values.some((v) => compare(node.field, '=', v));
    case 'compare': return compare(node.field, node.op, node.value);
    case 'bought':
      return p.purchases_list.some((o) => o.products.some((title) => sameText(title, node.product)) && (node.withinDays === null || dayNumber(o.day) >= asOfDay - node.withinDays));
  }
}

const dayArb: fc.Arbitrary<SegmentDay> = fc.oneof(
  fc.integer({ min: 0, max: 800 }).map((n) => ({ day: new Date(Date.UTC(2023, 11, 1) + n * 86_400_000).toISOString().slice(0, 10) })),
  fc.integer({ min: 0, max: 800 }).map((daysAgo) => ({ daysAgo })),
);

function valueArb(field: SegmentField): fc.Arbitrary<SegmentValue> {
  const spec: { type: string; choices?: readonly string[] } = SEGMENT_FIELDS[field];
  switch (field) {
    case 'stage': return fc.constantFrom(...STAGES);
    case 'rfm_segment': return fc.constantFrom(...RFM_SEGMENTS);
    case 'purchases': case 'orders': return fc.integer({ min: 0, max: 5 });
    case 'days_since_last': return fc.integer({ min: 0, max: 700 });
    case 'p_alive': return fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 100) / 100);
    case 'country': return fc.constantFrom('US', 'us', 'DE', 'VN', 'FR');
    case 'city': return fc.constantFrom('Lyon', 'LYON', 'Hà Nội', 'hà nội', 'New York');
    case 'tag': return fc.constantFrom('wholesale', 'Wholesale', 'VIP club', 'newsletter', 'club');
    case 'first_product': return fc.constantFrom(...PRODUCTS, 'green tea');
    case 'discount_code': return fc.constantFrom('WELCOME', 'welcome', 'spring10', 'MERGED', 'NONE');
    case 'source': return fc.constantFrom('shopify', 'Shopify', 'etsy');
  }
  if (spec.type === 'money') return fc.integer({ min: 0, max: 30000 }).map((c) => c / 100);
  if (spec.type === 'date') return dayArb;
  return fc.boolean();
}

const comparisonArb: fc.Arbitrary<SegmentNode> = fc.constantFrom(...(Object.keys(SEGMENT_FIELDS) as SegmentField[])).chain((field) => {
  const type: string = SEGMENT_FIELDS[field].type;
  const ops: SegmentOperator[] = type === 'number' || type === 'money' || type === 'date' ? ['=', '!=', '<', '<=', '>', '>='] : ['=', '!='];
  return fc.oneof(
    fc.record({ kind: fc.constant('compare' as const), field: fc.constant(field), op: fc.constantFrom(...ops), value: valueArb(field) }),
    fc.record({ kind: fc.constant('in' as const), field: fc.constant(field), values: fc.array(valueArb(field), { minLength: 1, maxLength: 3 }) }),
  );
});

const boughtArb: fc.Arbitrary<SegmentNode> = fc.record({
  kind: fc.constant('bought' as const),
  product: fc.constantFrom(...PRODUCTS, 'GREEN TEA', 'Kettle'),
  withinDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
});

const ruleArb: fc.Arbitrary<SegmentNode> = fc.letrec<{ rule: SegmentNode }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparisonArb,
    boughtArb,
    fc.record({ kind: fc.constant('not' as const), operand: tie('rule') }),
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('rule'), right: tie('rule') }),
  ),
})).rule;

describe('segments select exactly the customers a plain JavaScript filter selects', () => {
  let shop: ShopBuilder;
  let people: Person[];
  let asOfDay: number;
  beforeAll(() => {
    shop = buildShop();
    people = loadPeople(shop);
    asOfDay = segmentAsOfDay(shop.db);
  });
  afterAll(() => shop.dispose());

  it('for random rules of every field, operator, day form, bought, not, and, or', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        const text = formatSegment(rule);
        expect(parseSegment(text)).toEqual(rule);
        const expected = people.filter((p) => matches(rule, p, asOfDay)).map((p) => p.id).sort((a, b) => a - b);
        expect(segmentCustomerIds(shop.db, text)).toEqual(expected);
      }),
      { numRuns: 400, seed: 19 },
    );
  });

  it('the shop is varied enough for the rules to mean something', () => {
    const some = (rule: string) => segmentCustomerIds(shop.db, rule).length;
    expect(people.length).toBe(80);
    for (const rule of ['bought "green tea"', 'discount_code = "welcome"', 'discount_code = MERGED', 'tag = "VIP club"', 'accepts_email', 'country = "VN"', 'stage = prospect', 'last_purchase < 90 days ago']) {
      expect(some(rule), rule).toBeGreaterThan(0);
      expect(some(rule), rule).toBeLessThan(80);
    }
  });
});
