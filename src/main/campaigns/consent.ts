import type { ConsentChannel, LeftOutCount, LeftOutReason } from '../../shared/domain/campaigns.ts';
import type { AudienceMember, ExportContact } from './audience-member.ts';
import { toIso2 } from './country.ts';
import { normalisePhone } from './phone.ts';

export interface ConsentOutcome {
  contacts: ExportContact[];
  leftOut: LeftOutCount[];
  includedWithoutConsent: number;
}

const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@]+$/;

function cleanEmail(email: string | null): string | null {
  const trimmed = email?.trim() ?? '';
  return PLAUSIBLE_EMAIL.test(trimmed) ? trimmed : null;
}

function consentReason(consent: number | null): LeftOutReason | null {
  if (consent === 1) return null;
  return consent === 0 ? 'not_subscribed' : 'consent_unknown';
}

type Decision = { contact: ExportContact; withoutConsent: boolean } | { reason: LeftOutReason };

/**
 * Decides for one member whether the file may carry them on the channel:
 * - email: a usable e-mail address and accepts_email_marketing = 1;
 * - sms: a phone that normalises to E.164 and accepts_sms_marketing = 1;
 * - ads: each identifier only with its own consent (e-mail with e-mail consent, phone with SMS consent),
 *   and the row only when at least one identifier remains.
 * `includeUnsubscribed` (an explicit choice of the user) lifts the consent requirement, never the need for a contact.
 */
function decide(member: AudienceMember, channel: ConsentChannel, includeUnsubscribed: boolean): Decision {
  const country = toIso2(member.country);
  const email = cleanEmail(member.email);
  const phone = normalisePhone(member.phone, country);
  const emailReason = consentReason(member.acceptsEmailMarketing);
  const smsReason = consentReason(member.acceptsSmsMarketing);
  if (channel === 'email') {
    if (!email) return { reason: 'missing_email' };
    if (emailReason && !includeUnsubscribed) return { reason: emailReason };
    return { contact: { member, email, phone, country }, withoutConsent: emailReason !== null };
  }
  if (channel === 'sms') {
    if (!phone) return { reason: 'missing_phone' };
    if (smsReason && !includeUnsubscribed) return { reason: smsReason };
    return { contact: { member, email, phone, country }, withoutConsent: smsReason !== null };
  }
  if (!email && !phone) return { reason: 'missing_contact' };
  if (includeUnsubscribed) return { contact: { member, email, phone, country }, withoutConsent: (email !== null && emailReason !== null) || (phone !== null && smsReason !== null) };
  const keptEmail = email && !emailReason ? email : null;
  const keptPhone = phone && !smsReason ? phone : null;
  if (keptEmail || keptPhone) return { contact: { member, email: keptEmail, phone: keptPhone, country }, withoutConsent: false };
  const reasons = [email ? emailReason : null, phone ? smsReason : null];
  return { reason: reasons.includes('consent_unknown') ? 'consent_unknown' : 'not_subscribed' };
}

/** Splits an audience into the contacts a file may carry and counts of who was left out, and why. */
export function applyConsent(members: Iterable<AudienceMember>, channel: ConsentChannel, includeUnsubscribed: boolean): ConsentOutcome {
  const contacts: ExportContact[] = [];
  const counts = new Map<LeftOutReason, number>();
  let includedWithoutConsent = 0;
  for (const member of members) {
    const decision = decide(member, channel, includeUnsubscribed);
    if ('reason' in decision) {
      counts.set(decision.reason, (counts.get(decision.reason) ?? 0) + 1);
      continue;
    }
    contacts.push(decision.contact);
    if (decision.withoutConsent) includedWithoutConsent += 1;
  }
  const leftOut = [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { contacts, leftOut, includedWithoutConsent };
}
