/**
 * The audience of each campaign suggestion, as a condition on `lifecycle_customers lc`. Each stage of
 * issue 6 gets one; VIPs and high-value customers at risk (RFM "can't lose") get their own, sharper one.
 */
export const SUGGESTION_AUDIENCES = {
  prospect_welcome: `lc.stage = 'prospect'`,
  new_second_purchase: `lc.stage = 'new'`,
  repeat_replenish: `lc.stage = 'repeat' AND lc.vip = 0`,
  loyal_recognition: `lc.stage = 'loyal' AND lc.vip = 0`,
  vip_advocates: `lc.stage IN ('repeat', 'loyal') AND lc.vip = 1`,
  at_risk_reengage: `lc.stage = 'at_risk' AND lc.vip = 0 AND coalesce(lc.segment, '') <> 'cant_lose'`,
  at_risk_cant_lose: `lc.stage = 'at_risk' AND (lc.vip = 1 OR lc.segment = 'cant_lose')`,
  lapsed_winback: `lc.stage = 'lapsed'`,
  reactivated_onboarding: `lc.stage = 'reactivated'`,
} as const;

export type SuggestionId = keyof typeof SUGGESTION_AUDIENCES;
export const SUGGESTION_IDS = Object.keys(SUGGESTION_AUDIENCES) as SuggestionId[];

export function isSuggestionId(id: string): id is SuggestionId {
  return Object.prototype.hasOwnProperty.call(SUGGESTION_AUDIENCES, id);
}

export function suggestionFilter(id: SuggestionId): string {
  return SUGGESTION_AUDIENCES[id];
}
