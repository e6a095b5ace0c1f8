/**
 * The segment language (docs/segments.md): rules such as
 * `bought "Green Tea" and net_value > 100 and last_purchase < 90 days ago and accepts_email`.
 * Parsing lives here, in pure TypeScript, so the app (the segment builder) and the core (which
 * compiles a rule to parameterised SQL, src/main/engine/read/segment-sql.ts) read a rule the same way.
 */
import { RFM_SEGMENTS, STAGES } from './lifecycle.ts';
import { errors } from '../i18n/errors.ts';

export type SegmentFieldType = 'choice' | 'number' | 'money' | 'date' | 'text' | 'flag';

/** Every field a rule can compare, with its type; choices list their values. */
export const SEGMENT_FIELDS = {
  stage: { type: 'choice', choices: STAGES },
  rfm_segment: { type: 'choice', choices: RFM_SEGMENTS },
  purchases: { type: 'number' },
  orders: { type: 'number' },
  net_value: { type: 'money' },
  aov: { type: 'money' },
  first_purchase: { type: 'date' },
  last_purchase: { type: 'date' },
  days_since_last: { type: 'number' },
  country: { type: 'text' },
  city: { type: 'text' },
  accepts_email: { type: 'flag' },
  accepts_sms: { type: 'flag' },
  vip: { type: 'flag' },
  tag: { type: 'text' },
  p_alive: { type: 'number' },
  predicted_value_12m: { type: 'money' },
  first_product: { type: 'text' },
  discount_code: { type: 'text' },
  source: { type: 'text' },
} as const satisfies Record<string, { type: SegmentFieldType; choices?: readonly string[] }>;

export type SegmentField = keyof typeof SEGMENT_FIELDS;
export const SEGMENT_FIELD_NAMES = Object.keys(SEGMENT_FIELDS) as SegmentField[];

export const SEGMENT_OPERATORS = ['=', '!=', '<', '<=', '>', '>='] as const;
export type SegmentOperator = (typeof SEGMENT_OPERATORS)[number];

/** Operators each type of field takes (`in (...)` goes with `=`). */
export function operatorsFor(field: SegmentField): readonly SegmentOperator[] {
  const type: SegmentFieldType = SEGMENT_FIELDS[field].type;
  return type === 'number' || type === 'money' || type === 'date' ? SEGMENT_OPERATORS : ['=', '!='];
}

/** A day: absolute (`2025-01-31`) or relative to the as-of day of the results (`90 days ago`, `today` is 0). */
export type SegmentDay = { day: string } | { daysAgo: number };
export type SegmentValue = number | string | boolean | SegmentDay;

export type SegmentNode =
  | { kind: 'and' | 'or'; left: SegmentNode; right: SegmentNode }
  | { kind: 'not'; operand: SegmentNode }
  | { kind: 'compare'; field: SegmentField; op: SegmentOperator; value: SegmentValue }
  | { kind: 'in'; field: SegmentField; values: SegmentValue[] }
  | { kind: 'bought'; product: string; withinDays: number | null };

/** Why a rule cannot be read; each code is a message `segment.<code>` of the errors catalog. */
export const SEGMENT_ERROR_CODES = [
  'empty',
  'unexpectedCharacter',
  'unclosedText',
  'expectedField',
  'unknownField',
  'expectedOperator',
  'operatorNotAllowed',
  'expectedValue',
  'notANumber',
  'notADay',
  'notAChoice',
  'notAFlag',
  'expectedCloseParen',
  'expectedProduct',
  'expectedDays',
  'expectedAndOr',
] as const;
export type SegmentErrorCode = (typeof SEGMENT_ERROR_CODES)[number];

/** A rule that cannot be read: what was expected (code and params) and where (1-based column). */
export class SegmentSyntaxError extends Error {
  readonly code: SegmentErrorCode;
  readonly column: number;
  readonly params: Record<string, string | number>;
  constructor(code: SegmentErrorCode, column: number, params: Record<string, string | number>, message: string) {
    super(message);
    this.code = code;
    this.column = column;
    this.params = { ...params, column };
  }
}

/** The English message of each error (the app shows the catalog's, in the user's language). */
const ENGLISH: Record<SegmentErrorCode, string> = errors.en.segment;

function fail(code: SegmentErrorCode, column: number, params: Record<string, string | number> = {}): never {
  const all: Record<string, string | number> = { ...params, column };
  throw new SegmentSyntaxError(code, column, params, ENGLISH[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(all[name] ?? '')));
}

interface Token {
  kind: 'word' | 'number' | 'day' | 'text' | 'op' | '(' | ')' | ',' | 'end';
  text: string;
  /** 1-based column of its first character. */
  column: number;
}

const DAY_TOKEN = /^\d{4}-\d{2}-\d{2}(?![\w-])/;
const NUMBER_TOKEN = /^-?\d+(\.\d+)?(?![\w.])/;
const WORD_TOKEN = /^[\p{L}_][\p{L}\p{N}_]*/u;
const OP_TOKEN = /^(<=|>=|!=|=|<|>)/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const column = i + 1;
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      let text = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== ch; j++) {
        if (source[j] === '\\' && j + 1 < source.length) j++;
        text += source[j];
      }
      if (j >= source.length) fail('unclosedText', column);
      tokens.push({ kind: 'text', text, column });
      i = j + 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, text: ch, column });
      i++;
      continue;
    }
    const match = (kind: Token['kind'], pattern: RegExp) => {
      const m = pattern.exec(rest);
      if (m) tokens.push({ kind, text: m[0], column });
      return m?.[0].length ?? 0;
    };
    const length = match('day', DAY_TOKEN) || match('number', NUMBER_TOKEN) || match('word', WORD_TOKEN) || match('op', OP_TOKEN);
    if (length === 0) fail('unexpectedCharacter', column, { found: ch });
    i += length;
  }
  tokens.push({ kind: 'end', text: '', column: source.length + 1 });
  return tokens;
}

const isWord = (token: Token, ...words: string[]) => token.kind === 'word' && words.includes(token.text.toLowerCase());
const isValidDay = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

const FLAG_WORDS: Record<string, boolean> = { true: true, yes: true, false: false, no: false };

class Parser {
  private readonly tokens: Token[];
  private at = 0;
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.at++;
    return token;
  }

  parse(): SegmentNode {
    if (this.peek().kind === 'end') fail('empty', 1);
    const node = this.or();
    if (this.peek().kind !== 'end') fail('expectedAndOr', this.peek().column);
    return node;
  }

  private or(): SegmentNode {
    let left = this.and();
    while (isWord(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): SegmentNode {
    let left = this.unary();
    while (isWord(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): SegmentNode {
    if (isWord(this.peek(), 'not')) {
      this.next();
      return { kind: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): SegmentNode {
    const token = this.peek();
    if (token.kind === '(') {
      this.next();
      const inner = this.or();
      if (this.peek().kind !== ')') fail('expectedCloseParen', this.peek().column);
      this.next();
      return inner;
    }
    if (isWord(token, 'bought')) return this.bought();
    if (token.kind !== 'word') fail('expectedField', token.column);
    const name = token.text.toLowerCase();
    if (!(name in SEGMENT_FIELDS)) fail('unknownField', token.column, { field: token.text, fields: SEGMENT_FIELD_NAMES.join(', ') });
    this.next();
    return this.comparison(name as SegmentField);
  }

  private bought(): SegmentNode {
    this.next();
    const product = this.peek();
    if (product.kind !== 'text') fail('expectedProduct', product.column);
    this.next();
    if (!isWord(this.peek(), 'within')) return { kind: 'bought', product: product.text, withinDays: null };
    this.next();
    const days = this.dayCount();
    return { kind: 'bought', product: product.text, withinDays: days };
  }

  /** `N days` (or `N day`): a whole number of days, 0 or more. */
  private dayCount(): number {
    const count = this.peek();
    if (count.kind !== 'number' || !/^\d+$/.test(count.text) || !isWord(this.peek(1), 'days', 'day')) fail('expectedDays', count.column);
    this.next();
    this.next();
    return Number(count.text);
  }

  private comparison(field: SegmentField): SegmentNode {
    const token = this.peek();
    const type: SegmentFieldType = SEGMENT_FIELDS[field].type;
    if (isWord(token, 'in')) {
      this.next();
      return { kind: 'in', field, values: this.valueList(field) };
    }
    if (isWord(token, 'not') && isWord(this.peek(1), 'in')) {
      this.next();
      this.next();
      return { kind: 'not', operand: { kind: 'in', field, values: this.valueList(field) } };
    }
    if (type === 'flag' && token.kind !== 'op') return { kind: 'compare', field, op: '=', value: true };
    if (token.kind !== 'op') fail('expectedOperator', token.column, { field });
    const op = token.text as SegmentOperator;
    if (!operatorsFor(field).includes(op)) fail('operatorNotAllowed', token.column, { field, operator: op });
    this.next();
    return { kind: 'compare', field, op, value: this.value(field) };
  }

  private valueList(field: SegmentField): SegmentValue[] {
    if (this.peek().kind !== '(') fail('expectedValue', this.peek().column, { field });
    this.next();
    const values = [this.value(field)];
    while (this.peek().kind === ',') {
      this.next();
      values.push(this.value(field));
    }
    if (this.peek().kind !== ')') fail('expectedCloseParen', this.peek().column);
    this.next();
    return values;
  }

  private value(field: SegmentField): SegmentValue {
    const token = this.peek();
    const spec: { type: SegmentFieldType; choices?: readonly string[] } = SEGMENT_FIELDS[field];
    const found = token.text;
    if (['end', ')', ',', '(', 'op'].includes(token.kind) || isWord(token, 'and', 'or')) fail('expectedValue', token.column, { field });
    switch (spec.type) {
      case 'number':
      case 'money':
        if (token.kind !== 'number') fail('notANumber', token.column, { field, found });
        this.next();
        return Number(token.text);
      case 'date':
        if (token.kind === 'day') {
          if (!isValidDay(token.text)) fail('notADay', token.column, { field, found });
          this.next();
          return { day: token.text };
        }
        if (isWord(token, 'today')) {
          this.next();
          return { daysAgo: 0 };
        }
        if (token.kind === 'number') {
          const days = this.dayCount();
          if (!isWord(this.peek(), 'ago')) fail('notADay', token.column, { field, found });
          this.next();
          return { daysAgo: days };
        }
        return fail('notADay', token.column, { field, found });
      case 'flag': {
        const flag = FLAG_WORDS[found.toLowerCase()];
        if (token.kind !== 'word' || flag === undefined) fail('notAFlag', token.column, { field, found });
        this.next();
        return flag;
      }
      case 'choice': {
        const choices = spec.choices ?? [];
        const choice = choices.find((c) => c === found.toLowerCase());
        if ((token.kind !== 'word' && token.kind !== 'text') || choice === undefined) fail('notAChoice', token.column, { field, found, choices: choices.join(', ') });
        this.next();
        return choice;
      }
      case 'text':
        if (token.kind !== 'word' && token.kind !== 'text' && token.kind !== 'number') fail('expectedValue', token.column, { field });
        this.next();
        return token.text;
    }
  }
}

/** Reads a rule; throws SegmentSyntaxError with the column and what was expected there. */
export function parseSegment(source: string): SegmentNode {
  return new Parser(tokenize(source)).parse();
}

const quote = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

function formatValue(field: SegmentField, value: SegmentValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return 'day' in value ? value.day : value.daysAgo === 0 ? 'today' : `${value.daysAgo} days ago`;
  return SEGMENT_FIELDS[field].type === 'choice' ? value : quote(value);
}

const PRECEDENCE: Record<SegmentNode['kind'], number> = { or: 1, and: 2, not: 3, compare: 4, in: 4, bought: 4 };

/** Writes a rule back as text that parses to the same rule (the builder shows it; saved segments keep it). */
export function formatSegment(node: SegmentNode, outer = 0): string {
  const text = ((): string => {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `${formatSegment(node.left, PRECEDENCE[node.kind])} ${node.kind} ${formatSegment(node.right, PRECEDENCE[node.kind] + 0.5)}`;
      case 'not':
        return `not ${formatSegment(node.operand, PRECEDENCE.not)}`;
      case 'compare':
        return `${node.field} ${node.op} ${formatValue(node.field, node.value)}`;
      case 'in':
        return `${node.field} in (${node.values.map((v) => formatValue(node.field, v)).join(', ')})`;
      case 'bought':
        return `bought ${quote(node.product)}${node.withinDays === null ? '' : ` within ${node.withinDays} days`}`;
    }
  })();
  return PRECEDENCE[node.kind] < outer ? `(${text})` : text;
}
