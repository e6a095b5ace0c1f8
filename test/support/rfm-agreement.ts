import type { RfmSegment, Stage } from '../../src/shared/domain/lifecycle.ts';

/** Segments that say the customer has gone quiet, and those that say they buy. */
const QUIET: readonly RfmSegment[] = ['hibernating', 'at_risk', 'cant_lose'];
const LAPSED_OK: readonly RfmSegment[] = ['hibernating', 'cant_lose'];
const AT_RISK_OK: readonly RfmSegment[] = ['about_to_sleep', 'at_risk', 'cant_lose'];
const ONE_PURCHASE_OK: readonly RfmSegment[] = ['new_customers', 'promising', 'about_to_sleep', 'hibernating'];

/**
 * Why a customer's RFM segment contradicts their stage, or null when it does not (docs/lifecycle.md):
 * an active customer (new, repeat, loyal, reactivated) is never in a quiet segment (Hibernating, At risk,
 * Can't lose them); an at-risk customer is only About to sleep, At risk or Can't lose them; a lapsed one
 * only Hibernating or Can't lose them; a one-time buyer is never in a segment of repeat buyers, and a
 * repeat buyer never New customers or Promising.
 */
export function rfmContradiction(stage: Stage, segment: RfmSegment, purchases: number): string | null {
  const said = `${stage} customer with ${purchases} purchase(s) in segment ${segment}`;
  if (stage === 'lapsed' && !LAPSED_OK.includes(segment)) return said;
  if (stage === 'at_risk' && !AT_RISK_OK.includes(segment)) return said;
  if (stage !== 'lapsed' && stage !== 'at_risk' && QUIET.includes(segment)) return said;
  if (purchases === 1 && !ONE_PURCHASE_OK.includes(segment)) return said;
  if (purchases > 1 && (segment === 'new_customers' || segment === 'promising')) return said;
  return null;
}
