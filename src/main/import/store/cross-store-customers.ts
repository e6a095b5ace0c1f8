import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection.ts';
import { phoneDigits } from '../values/identity.ts';

/** The shortest phone number that is matched across stores (national numbers are 8 digits or more almost everywhere). */
const MIN_DIGITS = 8;

/** Digits without leading zeros (a trunk prefix `0` or an international `00`). */
const significant = (digits: string) => digits.replace(/^0+/, '');

/**
 * Two phones are one across stores when their digits are the same, or the same but for a country code of one
 * to three digits on one of them (`+1 555 010 1001` and `(555) 010-1001`, `+44 7700 900123` and `07700 900123`).
 */
export function samePhone(a: string, b: string): boolean {
  const x = significant(a);
  const y = significant(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= MIN_DIGITS && long.length - short.length <= 3 && long.endsWith(short);
}

interface Candidate {
  digits: string;
  id: number;
  identityKey: string;
}

/**
 * Finds, for a customer an import of one store (platform) meets for the first time, the same person
 * already known from another store, by phone (the same digits, give or take a country code: samePhone):
 * within one store a customer stays who they were (e-mail,
 * else phone), across stores
 * - an order without e-mail belongs to a customer with the same phone digits who has no order with an
 *   e-mail in this store (their e-mail orders came from another store);
 * - an order with an e-mail whose phone is the phone of a customer known only by phone, none of whose
 *   orders are from this store, belongs to that customer, who is known by the e-mail from now on.
 * So the same two files give the same customers in whichever order they are imported.
 */
export class CrossStoreCustomers {
  /** Candidates by the last MIN_DIGITS digits of their phone. */
  readonly #byPhone = new Map<string, Candidate[]>();
  /** Customers with orders in this store: 1 when one of those orders has an e-mail. */
  readonly #inThisStore = new Map<number, number>();
  readonly #adopt: Statement;

  private constructor(db: Db, platform: string) {
    const rows = db.prepare('SELECT id, identity_key, phone FROM customers WHERE phone IS NOT NULL ORDER BY id').all() as { id: number; identity_key: string; phone: string }[];
    for (const row of rows) {
      const digits = phoneDigits(row.phone);
      if (digits === null || significant(digits).length < MIN_DIGITS) continue;
      const tail = digits.slice(-MIN_DIGITS);
      const list = this.#byPhone.get(tail);
      const candidate = { digits, id: row.id, identityKey: row.identity_key };
      if (list) list.push(candidate);
      else this.#byPhone.set(tail, [candidate]);
    }
    const stored = db
      .prepare('SELECT customer_id, max(email IS NOT NULL) AS emailed FROM orders WHERE platform = ? AND customer_id IS NOT NULL GROUP BY customer_id')
      .all(platform) as { customer_id: number; emailed: number }[];
    for (const row of stored) this.#inThisStore.set(row.customer_id, row.emailed);
    this.#adopt = db.prepare('UPDATE customers SET identity_key = ?, email = ? WHERE id = ?');
  }

  /** The matcher for an import into `platform`, or null when no order of another store is stored. */
  static open(db: Db, platform: string): CrossStoreCustomers | null {
    const otherStore = db.prepare('SELECT 1 FROM orders WHERE platform != ? LIMIT 1').pluck().get(platform);
    return otherStore === undefined ? null : new CrossStoreCustomers(db, platform);
  }

  /** The stored customer of another store who is this new identity key's person, or null. */
  match(identityKey: string, email: string | null, phone: string | null): number | null {
    const digits = phoneDigits(phone);
    if (digits === null) return null;
    const candidates = (this.#byPhone.get(digits.slice(-MIN_DIGITS)) ?? []).filter((c) => samePhone(c.digits, digits));
    if (identityKey.startsWith('phone:')) {
      return candidates.find((c) => this.#inThisStore.get(c.id) !== 1)?.id ?? null;
    }
    if (identityKey.startsWith('email:') && email !== null) {
      const phoneOnly = candidates.find((c) => c.identityKey.startsWith('phone:') && !this.#inThisStore.has(c.id));
      if (!phoneOnly) return null;
      this.#adopt.run(identityKey, email, phoneOnly.id);
      phoneOnly.identityKey = identityKey;
      return phoneOnly.id;
    }
    return null;
  }
}
