import type { Db } from '../db/connection.ts';
import type { CampaignSuggestion, ConsentChannel, ValueAssumptions, ValueBasis } from '../../shared/domain/campaigns.ts';
import type { MarginSettings } from '../../shared/domain/economics.ts';
import { readMarginSettings } from '../shop/margin-settings.ts';
import { campaignLift, latestOrderDay } from './campaign-lift.ts';
import type { SimpleClv, Thresholds } from '../../shared/domain/lifecycle.ts';
import { campaignMessage } from './campaign-message.ts';
import { PREDICTION_SQL } from './predictions.ts';
import { productRepurchaseIntervals, productsBoughtNext } from './purchase-patterns.ts';
import { SUGGESTION_IDS, suggestionFilter, type SuggestionId } from './suggestion-audiences.ts';

/** Replenishment reminders go out at this share of a product's repurchase interval. */
const REMINDER_SHARE = 0.75;
/** Win-back: days from the new-arrivals message to the discount, and to the sunset. */
const WINBACK_SECOND_STEP_DAYS = 7;
const WINBACK_SUNSET_DAYS = 30;

interface Definition {
  stages: string[];
  sharpenedBy: string | null;
  steps: number;
}

const DEFINITIONS: Record<SuggestionId, Definition> = {
  prospect_welcome: { stages: ['prospect'], sharpenedBy: null, steps: 3 },
  new_second_purchase: { stages: ['new'], sharpenedBy: null, steps: 2 },
  repeat_replenish: { stages: ['repeat'], sharpenedBy: null, steps: 2 },
  loyal_recognition: { stages: ['loyal'], sharpenedBy: null, steps: 3 },
  vip_advocates: { stages: ['repeat', 'loyal'], sharpenedBy: 'vip', steps: 3 },
  at_risk_reengage: { stages: ['at_risk'], sharpenedBy: null, steps: 3 },
  at_risk_cant_lose: { stages: ['at_risk'], sharpenedBy: 'cant_lose', steps: 2 },
  lapsed_winback: { stages: ['lapsed'], sharpenedBy: null, steps: 3 },
  reactivated_onboarding: { stages: ['reactivated'], sharpenedBy: null, steps: 3 },
};

/** The shop's own timing, from the lifecycle results, or the typical-shop defaults while it has too few repeat customers. */
interface ShopTiming {
  /** True when the thresholds are the typical-shop defaults: texts then say so instead of "your shop". */
  typical: boolean;
  /** Day by which half of the customers who come back within a year have done so (typical: half the window). */
  medianFirstToSecond: number;
  /** Second-purchase window (days). */
  window: number;
  /** The second nudge, close to the end of the window. */
  windowEnd: number;
  /** Usual days between purchases of repeat customers (typical: half the lapse threshold). */
  usualGap: number;
  atRisk: number;
  lapse: number;
  loyal: number;
  averageOrderValue: number;
}

interface StateRow {
  thresholds_json: string;
  simple_clv_json: string;
}

function shopTiming(db: Db): ShopTiming | null {
  const state = db.prepare('SELECT thresholds_json, simple_clv_json FROM lifecycle_state WHERE id = 1').get() as StateRow | undefined;
  if (!state) return null;
  const thresholds = JSON.parse(state.thresholds_json) as Thresholds;
  const simpleClv = JSON.parse(state.simple_clv_json) as SimpleClv;
  const typical = thresholds.derivation.fallback;
  const window = thresholds.window.value;
  const lapse = thresholds.lapse.value;
  const medianFirstToSecond = Math.max(1, Math.round((typical ? null : thresholds.derivation.medianReturnDays) ?? window / 2));
  return {
    typical,
    medianFirstToSecond,
    window,
    windowEnd: Math.max(medianFirstToSecond + 1, window - Math.max(1, Math.round(window * 0.1))),
    usualGap: Math.max(1, Math.round((typical ? null : thresholds.derivation.medianGapDays) ?? lapse / 2)),
    atRisk: thresholds.atRisk.value,
    lapse,
    loyal: thresholds.loyal.value,
    averageOrderValue: simpleClv.averageOrderValue,
  };
}

interface AudienceStats {
  size: number;
  email_ok: number;
  sms_ok: number;
}

function audienceStats(db: Db, id: SuggestionId): AudienceStats {
  return db
    .prepare(
      `SELECT count(*) AS size,
              count(*) FILTER (WHERE c.accepts_email_marketing = 1 AND c.email LIKE '%_@_%') AS email_ok,
              count(*) FILTER (WHERE c.accepts_sms_marketing = 1 AND coalesce(c.phone, '') <> '') AS sms_ok
         FROM lifecycle_customers lc JOIN customers c ON c.id = lc.customer_id
         ${PREDICTION_SQL.join}
        WHERE ${suggestionFilter(id)}`,
    )
    .get() as AudienceStats;
}

/**
 * Extra buyers per person a campaign of each kind is assumed to bring until the shop has measured its own with a
 * holdout: deliberately modest, stated on every card (docs/models.md, "Value at stake of a suggestion").
 */
export const DEFAULT_RESPONSE_RATES: Record<SuggestionId, number> = {
  prospect_welcome: 0.02,
  new_second_purchase: 0.03,
  repeat_replenish: 0.03,
  loyal_recognition: 0.02,
  vip_advocates: 0.02,
  at_risk_reengage: 0.03,
  at_risk_cant_lose: 0.04,
  lapsed_winback: 0.02,
  reactivated_onboarding: 0.03,
};

/** The lift window a past campaign is measured on (days after its date). */
const MEASURED_WINDOW = 30;

/**
 * The latest complete holdout measurement of a campaign sent to this suggestion's audience: the difference in
 * purchase rate between the people who got it and the holdout over 30 days (never below 0 as a value).
 */
function measuredLift(db: Db, id: SuggestionId): { rate: number; campaignDate: string; holdout: number } | null {
  const campaigns = db
    .prepare(
      `SELECT id, campaign_day FROM campaigns
        WHERE audience_kind = 'suggestion' AND audience_key = ? AND holdout_count > 0 ORDER BY campaign_day DESC, created_at DESC`,
    )
    .all(id) as { id: string; campaign_day: string }[];
  const until = latestOrderDay(db);
  for (const c of campaigns) {
    const window = campaignLift(db, c.id, c.campaign_day, until).find((w) => w.days === MEASURED_WINDOW);
    if (window?.complete && window.rateDifference !== null) return { rate: Math.max(0, window.rateDifference), campaignDate: c.campaign_day, holdout: window.holdout.people };
  }
  return null;
}

/** Contribution margin of one order at the shop's average order value (docs/counting.md, "Contribution margin"). */
function marginPerOrder(averageOrderValue: number, m: MarginSettings): number {
  return Math.max(0, averageOrderValue * m.goodsMargin - m.shippingCostPerOrder - (averageOrderValue * m.paymentFeeRate + m.paymentFeeFixed));
}

/** What the campaign is expected to add: audience × expected response × margin of a response. */
function valueAtStake(db: Db, id: SuggestionId, stats: AudienceStats, timing: ShopTiming, margin: MarginSettings): { value: number; basis: ValueBasis; assumptions: ValueAssumptions } {
  const measured = measuredLift(db, id);
  const responseRate = measured?.rate ?? DEFAULT_RESPONSE_RATES[id];
  const marginPerResponse = marginPerOrder(timing.averageOrderValue, margin);
  return {
    value: Math.round(stats.size * responseRate * marginPerResponse * 100) / 100,
    basis: measured ? 'measured_lift' : 'default_response',
    assumptions: {
      audience: stats.size,
      responseRate,
      measuredOn: measured ? { campaignDate: measured.campaignDate, holdout: measured.holdout } : null,
      marginPerResponse,
      averageOrderValue: timing.averageOrderValue,
    },
  };
}

interface Texts {
  params: Record<string, string | number>;
  timingKey: string;
  offerKey: string;
  reasonKey: string;
  stepKeys: string[];
  featuredProducts: string[];
}

function texts(db: Db, id: SuggestionId, timing: ShopTiming, count: number): Texts {
  const base = {
    count,
    median: timing.medianFirstToSecond,
    window: timing.window,
    windowEnd: timing.windowEnd,
    interval: timing.usualGap,
    atRisk: timing.atRisk,
    lapsedAfter: timing.lapse,
    loyal: timing.loyal,
    secondStep: WINBACK_SECOND_STEP_DAYS,
    sunset: WINBACK_SUNSET_DAYS,
  };
  const key = (name: string) => `suggestions.${id}.${name}`;
  const plain: Texts = {
    params: base,
    timingKey: key('timing'),
    offerKey: key('offer'),
    reasonKey: key('reason'),
    stepKeys: Array.from({ length: DEFINITIONS[id].steps }, (_, i) => key(`step${i + 1}`)),
    featuredProducts: [],
  };
  if (id === 'new_second_purchase' || id === 'reactivated_onboarding') {
    const products = productsBoughtNext(db);
    const texts = { ...plain, params: { ...base, products: products.join(', ') }, featuredProducts: products };
    if (id === 'reactivated_onboarding') return texts;
    // Without the shop's own second purchases, the timing and the reason say the window is a typical shop's.
    return {
      ...texts,
      timingKey: timing.typical ? key('timingTypical') : texts.timingKey,
      reasonKey: timing.typical ? key('reasonTypical') : texts.reasonKey,
      offerKey: products.length === 0 ? key('offerNoProducts') : texts.offerKey,
      stepKeys: [products.length === 0 ? key('step1NoProducts') : key('step1'), key('step2')],
    };
  }
  if (id === 'repeat_replenish') {
    const top = productRepurchaseIntervals(db)[0];
    if (!top) return { ...plain, params: { ...base, reminderDay: Math.max(1, Math.round(REMINDER_SHARE * timing.usualGap)) }, timingKey: key(timing.typical ? 'timingTypical' : 'timingGeneric') };
    return { ...plain, params: { ...base, product: top.product, interval: top.medianDays, reminderDay: Math.max(1, Math.round(REMINDER_SHARE * top.medianDays)) }, featuredProducts: [top.product] };
  }
  return plain;
}

/**
 * Campaigns the shop can act on today: one per lifecycle stage, plus sharper slices (VIPs, high-value
 * customers at risk), each with its audience and consent counts, incremental value at stake (what the
 * campaign is expected to add, in margin, with its assumptions), timing from the shop's own data, channel,
 * offer, message outline and reason. Empty audiences are left out; the rest are ranked by that value. Without lifecycle results (no recompute yet) there is nothing to suggest.
 */
export function campaignSuggestions(db: Db): CampaignSuggestion[] {
  const timing = shopTiming(db);
  if (!timing) return [];
  const margin = readMarginSettings(db);
  const suggestions: CampaignSuggestion[] = [];
  for (const id of SUGGESTION_IDS) {
    const stats = audienceStats(db, id);
    if (stats.size === 0) continue;
    const definition = DEFINITIONS[id];
    const { params, timingKey, offerKey, reasonKey, stepKeys, featuredProducts } = texts(db, id, timing, stats.size);
    const { value, basis, assumptions } = valueAtStake(db, id, stats, timing, margin);
    const channel: ConsentChannel = id === 'repeat_replenish' && stats.sms_ok > stats.email_ok ? 'sms' : 'email';
    suggestions.push({
      id,
      stages: definition.stages,
      sharpenedBy: definition.sharpenedBy,
      title: campaignMessage(`suggestions.${id}.title`, params),
      audienceSize: stats.size,
      emailConsenting: stats.email_ok,
      smsConsenting: stats.sms_ok,
      valueAtStake: value,
      valueBasis: basis,
      valueAssumptions: assumptions,
      channel,
      format: 'klaviyo',
      timing: campaignMessage(timingKey, params),
      offer: campaignMessage(offerKey, params),
      steps: stepKeys.map((stepKey) => campaignMessage(stepKey, params)),
      reason: campaignMessage(reasonKey, params),
      featuredProducts,
    });
  }
  return suggestions.sort((a, b) => b.valueAtStake - a.valueAtStake || a.id.localeCompare(b.id));
}
