import { isoDayOf } from './days.ts';
import type { Journeys } from './journeys.ts';
import { STAGES, STAGE_CAUSES, type JourneyStep, type Stage } from '../../shared/domain/lifecycle.ts';

/**
 * A customer's stage history stored as one short blob beside their metrics: one 32-bit
 * little-endian integer per stay, `first day x 64 + stage x 8 + cause` (day numbers as in
 * days.ts, stage and cause as indexes into STAGES and STAGE_CAUSES). Each stay ends the day before
 * the next begins; the last is ongoing. One column instead of a row per stay, and numbers instead
 * of text, keep a full recompute's writes small.
 */
const BYTES_PER_STAY = 4;

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
        view.setInt32(at, journeys.from[j] * 64 + journeys.stage[j] * 8 + journeys.cause[j], true);
        at += BYTES_PER_STAY;
      }
    }
  }

  /** Customer k's journey (a view: bind it, do not keep it). */
  blob(k: number): Buffer {
    return this.#bytes.subarray(this.#offsets[k], this.#offsets[k + 1]);
  }
}

const stayAt = (blob: Uint8Array, k: number): number => new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getInt32(k * BYTES_PER_STAY, true);

export function parseJourney(blob: Uint8Array): JourneyStep[] {
  const steps: JourneyStep[] = [];
  const stays = blob.byteLength / BYTES_PER_STAY;
  for (let k = 0; k < stays; k += 1) {
    const value = stayAt(blob, k);
    const next = k + 1 < stays ? stayAt(blob, k + 1) >> 6 : null;
    steps.push({ stage: STAGES[(value >> 3) & 7], from: isoDayOf(value >> 6), to: next === null ? null : isoDayOf(next - 1), cause: STAGE_CAUSES[value & 7] });
  }
  return steps;
}

/** The stage on a day (a day number; null when the customer was not known yet): the last stay starting on or before it. */
export function stageOnDay(blob: Uint8Array, day: number): Stage | null {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  let stage: Stage | null = null;
  for (let at = 0; at < blob.byteLength; at += BYTES_PER_STAY) {
    const value = view.getInt32(at, true);
    if (value >> 6 > day) break;
    stage = STAGES[(value >> 3) & 7];
  }
  return stage;
}
