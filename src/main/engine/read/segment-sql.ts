import type { Db } from '../../db/connection.ts';
import { AppError } from '../../../shared/api/envelope.ts';
import { parseSegment, SegmentSyntaxError, type SegmentDay, type SegmentField, type SegmentNode, type SegmentOperator, type SegmentValue } from '../../../shared/domain/segment-language.ts';
import { dayNumber, isoDayOf } from '../days.ts';
import { readStoredState } from './state.ts';
import { COUNTED_PURCHASE_SQL } from '../../db/counted-purchase.ts';

/**
 * A segment rule as SQL over one row per customer (docs/segments.md): `lifecycle_customers m` joined
 * with `customers c` and the model's `model_predictions mp`. Every value of the rule is a parameter;
 * the SQL text is built only from the fixed fragments below, never from the rule's text.
 */
export const SEGMENT_FROM = 'FROM lifecycle_customers m JOIN customers c ON c.id = m.customer_id LEFT JOIN model_predictions mp ON mp.customer_id = m.customer_id';

export interface CompiledSegment {
  where: string;
  params: unknown[];
}

/** How each field reads from a row; `kind` says how its values become parameters. */
const FIELD_SQL: Record<SegmentField, { sql: string; kind: 'plain' | 'cents' | 'day' | 'text' | 'flag' | 'tag' | 'daysSince' | 'orders' }> = {
  stage: { sql: 'm.stage', kind: 'plain' },
  rfm_segment: { sql: 'm.segment', kind: 'plain' },
  purchases: { sql: 'm.purchases', kind: 'plain' },
  orders: { sql: 'm.orders', kind: 'plain' },
  net_value: { sql: 'm.net_cents', kind: 'cents' },
  aov: { sql: 'm.aov_cents', kind: 'cents' },
  first_purchase: { sql: 'm.first_day_number', kind: 'day' },
  last_purchase: { sql: 'm.last_day_number', kind: 'day' },
  days_since_last: { sql: 'm.last_day_number', kind: 'daysSince' },
  country: { sql: 'c.country', kind: 'text' },
  city: { sql: 'c.city', kind: 'text' },
  accepts_email: { sql: 'c.accepts_email_marketing', kind: 'flag' },
  accepts_sms: { sql: 'c.accepts_sms_marketing', kind: 'flag' },
  vip: { sql: 'm.vip', kind: 'flag' },
  tag: { sql: 'c.tags', kind: 'tag' },
  p_alive: { sql: 'mp.p_alive', kind: 'plain' },
  predicted_value_12m: { sql: 'mp.clv_12_cents', kind: 'cents' },
  first_product: { sql: 'm.first_product', kind: 'text' },
  discount_code: { sql: 'o.discount_code', kind: 'orders' },
  source: { sql: 'o.platform', kind: 'orders' },
};

/**
 * The root customers who have an order matching `condition` (merged duplicates count as their root). The
 * orders give a set of customer ids first, so each matching customer, not each order, is looked up.
 */
const rootsWithOrder = (condition: string, purchasesOnly: boolean) =>
  `+m.customer_id IN (SELECT coalesce(oc.merged_into, oc.id) FROM customers oc WHERE oc.id IN (SELECT o.customer_id FROM orders o WHERE ${purchasesOnly ? `${COUNTED_PURCHASE_SQL} AND ` : ''}${condition}))`;

/** A customer's tags as one lower-case text with a comma before and after each tag, spaces around commas removed. */
const TAG_LIST_SQL = "(',' || replace(replace(lower(trim(c.tags)), ', ', ','), ' ,', ',') || ',')";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

class Compiler {
  readonly params: unknown[] = [];
  private readonly asOfDay: number;
  constructor(asOfDay: number) {
    this.asOfDay = asOfDay;
  }

  private param(value: unknown): string {
    this.params.push(value);
    return '?';
  }

  private day(value: SegmentDay): number {
    return 'day' in value ? dayNumber(value.day) : this.asOfDay - value.daysAgo;
  }

  /** The parameter a value of a field becomes. */
  private operand(field: SegmentField, value: SegmentValue): unknown {
    const kind = FIELD_SQL[field].kind;
    if (kind === 'cents') return Math.round((value as number) * 100);
    if (kind === 'day') return this.day(value as SegmentDay);
    if (kind === 'flag') return value ? 1 : 0;
    return value;
  }

  compile(node: SegmentNode): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `(${this.compile(node.left)} ${node.kind.toUpperCase()} ${this.compile(node.right)})`;
      case 'not':
        return `NOT ${this.compile(node.operand)}`;
      case 'bought': {
        const product = `o.id IN (SELECT l.order_id FROM order_lines l WHERE l.product_id IN (SELECT p.id FROM products p WHERE p.product_title = ${this.param(node.product)} COLLATE NOCASE))`;
        const within = node.withinDays === null ? '' : ` AND o.created_day >= ${this.param(isoDayOf(this.asOfDay - node.withinDays))}`;
        return rootsWithOrder(`${product}${within}`, true);
      }
      case 'in':
        return `(${node.values.map((value) => this.compare(node.field, '=', value)).join(' OR ')})`;
      case 'compare':
        return this.compare(node.field, node.op, node.value);
    }
  }

  /** One comparison, true or false (never NULL: a missing value makes it false, so `not` is its opposite). */
  private compare(field: SegmentField, op: SegmentOperator, value: SegmentValue): string {
    const { sql, kind } = FIELD_SQL[field];
    const sqlOp = op === '!=' ? '<>' : op;
    switch (kind) {
      case 'flag':
        // A customer who never said yes has not agreed: no answer counts as no.
        return `coalesce(${sql}, 0) ${sqlOp} ${this.param(this.operand(field, value))}`;
      case 'text':
        return `coalesce(${sql} ${sqlOp} ${this.param(value)} COLLATE NOCASE, 0)`;
      case 'tag': {
        const has = `coalesce(${TAG_LIST_SQL} LIKE ${this.param(`%,${escapeLike(String(value).trim().toLowerCase())},%`)} ESCAPE '\\', 0)`;
        return op === '=' ? has : `(${has} = 0)`;
      }
      case 'orders': {
        const has = rootsWithOrder(`${sql} = ${this.param(value)} COLLATE NOCASE`, field === 'discount_code');
        return op === '=' ? has : `NOT ${has}`;
      }
      case 'daysSince':
        return `coalesce(${this.param(this.asOfDay)} - ${sql} ${sqlOp} ${this.param(value)}, 0)`;
      default:
        return `coalesce(${sql} ${sqlOp} ${this.param(this.operand(field, value))}, 0)`;
    }
  }
}

/** The day relative days count back from: the stored results' as-of day (docs/counting.md, "The as-of day"). */
export function segmentAsOfDay(db: Db): number {
  const state = readStoredState(db);
  const asOf = state?.asOf ?? state?.latestOrderDay ?? new Date().toISOString().slice(0, 10);
  return dayNumber(asOf);
}

/** Parses a rule, turning a syntax error into the error every front end shows (with its column). */
export function parseSegmentRule(rule: string): SegmentNode {
  try {
    return parseSegment(rule);
  } catch (error) {
    if (error instanceof SegmentSyntaxError) {
      throw new AppError('invalid_input', error.message, { messageKey: `errors:segment.${error.code}`, params: error.params });
    }
    throw error;
  }
}

export function compileSegment(node: SegmentNode, asOfDay: number): CompiledSegment {
  const compiler = new Compiler(asOfDay);
  const where = compiler.compile(node);
  return { where, params: compiler.params };
}

/** How many customers a rule selects now. */
export function countSegment(db: Db, rule: string): number {
  const { where, params } = compileSegment(parseSegmentRule(rule), segmentAsOfDay(db));
  return db.prepare(`SELECT count(*) ${SEGMENT_FROM} WHERE ${where}`).pluck().get(...params) as number;
}

/** The root customer ids a rule selects, ascending. */
export function segmentCustomerIds(db: Db, rule: string): number[] {
  const { where, params } = compileSegment(parseSegmentRule(rule), segmentAsOfDay(db));
  return db.prepare(`SELECT m.customer_id ${SEGMENT_FROM} WHERE ${where} ORDER BY m.customer_id`).pluck().all(...params) as number[];
}
