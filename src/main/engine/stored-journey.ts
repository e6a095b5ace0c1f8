import { isoDayOf } from './days.ts';
import type { Journeys } from './journeys.ts';
import { STAGES, STAGE_CAUSES, type JourneyStep, type Stage } from '../../shared/domain/lifecycle.ts';

/**
 * A customer's stage history stored as one short blob beside their metrics: one 32-bit big-endian
 * integer per stay, `first day x 64 + stage x 8 + cause` (day numbers as in days.ts, stage and
 * cause as indexes into STAGES and STAGE_CAUSES). Each stay ends the day before the next begins;
 * the last is ongoing. One column instead of a row per stay, and numbers instead of text, keep a
 * full recompute's writes small. Readers select it as hex text (STORED_JOURNEY_SQL): a string per
 * row is much cheaper for the driver to hand over than a buffer, and 8 hex digits are one stay.
 */
const BYTES_PER_STAY = 4;
const HEX_PER_STAY = 2 * BYTES_PER_STAY;

/** How a reader selects the journey column of lifecycle_customers. */
export const STORED_JOURNEY_SQL = 'hex(journey)';

/** The stored journeys of some customers (history indexes), encoded into one buffer. */
export class StoredJourneys {
  readonly #bytes: Buffer;
  /** Byte offsets: customer k's journey is bytes[#offsets[k] .. #offsets[k + 1]). */
  readonly #offsets: Int32Array;

  constructor(journeys: Journeys, customers: readonly number[]) {
    this.#offsets = new Int32Array(customers.length + 1);
    let stays = 0;
    customers.forEach((i, k) => {
      this.#offsets[k] = stays * BYTES_PER_STAY;
      stays += journeys.startOf[i + 1] - journeys.startOf[i];
    });
    this.#offsets[customers.length] = stays * BYTES_PER_STAY;
    this.#bytes = Buffer.alloc(stays * BYTES_PER_STAY);
    const view = new DataView(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength);
    let at = 0;
    for (const i of customers) {
      for (let j = journeys.startOf[i]; j < journeys.startOf[i + 1]; j += 1) {
        view.setInt32(at, journeys.from[j] * 64 + journeys.stage[j] * 8 + journeys.cause[j]);
        at += BYTES_PER_STAY;
      }
    }
  }

  /** Customer k's journey (a view: bind it, do not keep it). */
  blob(k: number): Buffer {
    return this.#bytes.subarray(this.#offsets[k], this.#offsets[k + 1]);
  }
}

/** Stay k of a journey read as hex text: its 8 digits as a signed 32-bit integer. */
function stayAt(hex: string, k: number): number {
  let value = 0;
  for (let at = k * HEX_PER_STAY; at < (k + 1) * HEX_PER_STAY; at += 1) {
    const c = hex.charCodeAt(at);
    value = (value << 4) | (c <= 57 ? c - 48 : c - 55);
  }
  return value;
}

/** A journey's stays as numbers (`first day x 64 + stage x 8 + cause`), for readers that only count days and stages. */
export function journeyStays(hex: string): number[] {
  const stays: number[] = [];
  for (let k = 0; k < hex.length / HEX_PER_STAY; k += 1) stays.push(stayAt(hex, k));
  return stays;
}

export function parseJourney(hex: string): JourneyStep[] {
  const steps: JourneyStep[] = [];
  const stays = hex.length / HEX_PER_STAY;
  for (let k = 0; k < stays; k += 1) {
    const value = stayAt(hex, k);
    const next = k + 1 < stays ? stayAt(hex, k + 1) >> 6 : null;
    steps.push({ stage: STAGES[(value >> 3) & 7], from: isoDayOf(value >> 6), to: next === null ? null : isoDayOf(next - 1), cause: STAGE_CAUSES[value & 7] });
  }
  return steps;
}

/** The stage on a day (a day number; null when the customer was not known yet): the last stay starting on or before it. */
export function stageOnDay(hex: string, day: number): Stage | null {
  let stage: Stage | null = null;
  const stays = hex.length / HEX_PER_STAY;
  for (let k = 0; k < stays; k += 1) {
    const value = stayAt(hex, k);
    if (value >> 6 > day) break;
    stage = STAGES[(value >> 3) & 7];
  }
  return stage;
}
